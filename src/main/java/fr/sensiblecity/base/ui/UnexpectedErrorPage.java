package fr.sensiblecity.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails. A refusal the service explained (not found, not allowed) gets its own
 * sentence; anything else is logged and the reader gets an apology, never a stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class UnexpectedErrorPage extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable cause = FriendlyErrorHandler.rootOf(parameter.getException());
        if (cause instanceof NotFound) {
            show("error.notFound.title", "error.notFound.message");
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (cause instanceof org.springframework.security.access.AccessDeniedException) {
            show("error.forbidden.title", "error.forbidden.message");
            return HttpServletResponse.SC_FORBIDDEN;
        }
        LOG.error("Unexpected failure while opening {}", event.getLocation().getPath(), parameter.getException());
        show("error.unexpected.title", "error.unexpected.message");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
