package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import fr.sensiblecity.base.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Last line of defence for failures inside a click or a save: the person reads a sentence in their language,
 * the log keeps the details.
 */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String key;
        Object[] arguments = new Object[0];
        if (cause instanceof DomainException refusal) {
            key = refusal.messageKey();
            arguments = refusal.arguments();
        } else if (cause instanceof AccessDeniedException) {
            key = "error.forbidden.message";
        } else {
            LOG.error("Unexpected failure in the user interface", event.getThrowable());
            key = "error.unexpected.message";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String text = ui.getTranslation(key, arguments);
            ui.access(() -> Notifications.error(text));
        }
    }

    static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof DomainException) && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
