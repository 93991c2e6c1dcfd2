package fr.sensiblecity.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives every page its language (including {@code <html lang>}, which screen readers need) and installs the
 * error handler that turns failures into sentences instead of stack traces.
 */
@Component
class FrameInitializer implements VaadinServiceInitListener {

    private final LanguageResolver languages;

    FrameInitializer(LanguageResolver languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = languages.resolve(servletRequest(response.getVaadinRequest()));
            response.getDocument().selectFirst("html").attr("lang", locale.getLanguage());
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            Locale locale = languages.resolve(servletRequest(VaadinRequest.getCurrent()));
            init.getUI().setLocale(locale);
            VaadinSession session = init.getUI().getSession();
            if (session != null) {
                session.setLocale(locale);
            }
        });
    }

    private static @Nullable HttpServletRequest servletRequest(@Nullable VaadinRequest request) {
        return request instanceof VaadinServletRequest servletRequest ? servletRequest.getHttpServletRequest() : null;
    }
}
