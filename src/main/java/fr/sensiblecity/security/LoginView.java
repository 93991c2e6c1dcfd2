package fr.sensiblecity.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.ui.MainLayout;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;

/** The way in: one button per configured identity provider, and the demo accounts' form in the demo profile. */
@Route(value = LoginView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";

    private final LoginForm demoForm = new LoginForm();

    LoginView(ObjectProvider<ClientRegistrationRepository> providers, DemoAccounts demo) {
        addClassName("sc-page");
        add(new H1(getTranslation("login.title")));
        List<ClientRegistration> registrations = registrations(providers);
        if (!registrations.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("sc-providers");
            for (ClientRegistration registration : registrations) {
                Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                        getTranslation("login.with", registration.getClientName()));
                link.setRouterIgnore(true);
                link.setId("provider-" + registration.getRegistrationId());
                link.addClassName("sc-button-link");
                list.add(new ListItem(link));
            }
            add(list);
        }
        if (demo.enabled()) {
            add(new H2(getTranslation("login.demo.title")));
            add(new Paragraph(getTranslation("login.demo.hint")));
            demoForm.setI18n(i18n());
            demoForm.setAction(ROUTE);
            demoForm.setForgotPasswordButtonVisible(false);
            add(demoForm);
        }
        if (registrations.isEmpty() && !demo.enabled()) {
            Paragraph none = new Paragraph(getTranslation("login.noProvider"));
            none.setId("no-provider");
            add(none);
        }
    }

    private static List<ClientRegistration> registrations(ObjectProvider<ClientRegistrationRepository> providers) {
        List<ClientRegistration> found = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> iterable) {
            for (Object registration : iterable) {
                if (registration instanceof ClientRegistration clientRegistration) {
                    found.add(clientRegistration);
                }
            }
        }
        return found;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.demo.formTitle"));
        form.setUsername(getTranslation("login.demo.username"));
        form.setPassword(getTranslation("login.demo.password"));
        form.setSubmit(getTranslation("login.demo.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            VaadinSession session = VaadinSession.getCurrent();
            Object failure = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof ThrottledPasswordSignIn.SignInThrottled throttled) {
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.error.throttledTitle"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled", throttled.failures(),
                        throttled.minutes()));
                demoForm.setI18n(i18n);
            }
            demoForm.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
