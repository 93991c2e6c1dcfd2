package fr.sensiblecity.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
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
class UnexpectedErrorPage extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    private String titleKey = "error.unexpected.title";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable cause = FriendlyErrorHandler.rootOf(parameter.getException());
        if (cause instanceof NotFound) {
            titleKey = "error.notFound.title";
            show(titleKey, "error.notFound.message");
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (cause instanceof org.springframework.security.access.AccessDeniedException) {
            titleKey = "error.forbidden.title";
            show(titleKey, "error.forbidden.message");
            return HttpServletResponse.SC_FORBIDDEN;
        }
        LOG.error("Unexpected failure while opening {}", event.getLocation().getPath(), parameter.getException());
        show(titleKey, "error.unexpected.message");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
