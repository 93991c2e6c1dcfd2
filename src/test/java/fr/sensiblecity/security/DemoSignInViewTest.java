package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

/** The demo sign-in form after a refusal: a wrong password, or too many of them. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoSignInViewTest extends SpringBrowserlessTest {

    @Test
    void a_wrong_password_gets_the_usual_message() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Identifiant ou mot de passe incorrect").doesNotContain("Trop de tentatives");
    }

    @Test
    void a_paused_account_is_told_why_and_for_how_long() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new ThrottledPasswordSignIn.SignInThrottled(10, 15));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Trop de tentatives").contains("Après 10 mots de passe erronés en 15 minutes, "
                + "la connexion à ce compte est suspendue un moment. Réessayez dans quelques minutes.");
    }

    /** The texts the form shows, as the server sends them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
