package fr.sensiblecity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import fr.sensiblecity.support.MariaDbTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** What a visitor sees before signing in. The test profile configures no identity provider and no demo account. */
@MariaDbTest
@WithAnonymousUser
class VisitorViewsTest extends SpringBrowserlessTest {

    @Test
    void a_visitor_sees_the_home_page_in_french_with_a_sign_in_link() {
        navigate("", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Ce qui se passe près de chez vous");
        assertThat($(Anchor.class).id("sign-in").getText()).isEqualTo("Se connecter");
        assertThat($(Paragraph.class).all()).noneMatch(paragraph -> "greeting".equals(paragraph.getId().orElse("")));
    }

    @Test
    void the_home_page_speaks_english_when_the_reader_chose_it() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("login", Component.class);
        navigate("", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("What is happening near you");
    }

    @Test
    void without_any_identity_provider_the_sign_in_page_says_so_instead_of_failing() {
        navigate("login", Component.class);
        assertThat($(Paragraph.class).id("no-provider").getText()).startsWith("Aucun fournisseur d'identité");
        assertThat($(LoginForm.class).all()).isEmpty();
    }

    @Test
    void a_visitor_who_opens_a_resident_page_is_sent_to_sign_in() {
        navigate("profile", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Connexion");
    }
}
