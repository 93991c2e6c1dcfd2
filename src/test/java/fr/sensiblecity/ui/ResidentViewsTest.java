package fr.sensiblecity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.residents.Profile;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident's pages, without a browser: greeting, profile, and the pages shown when something is wrong. */
@MariaDbTest
@SignedInAs(name = "Camille")
class ResidentViewsTest extends SpringBrowserlessTest {

    @Autowired
    ResidentService residents;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_signed_in_resident_is_greeted_by_name_and_sees_no_administration_menu() {
        navigate("", Component.class);
        assertThat($(Span.class).id("current-user-name").getText()).isEqualTo("Camille");
        assertThat($(Paragraph.class).id("greeting").getText()).isEqualTo("Bonjour, Camille !");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Mon profil")
                .doesNotContain("Territoires", "Thèmes", "Rôles", "Modération", "Journal de modération");
    }

    @Test
    void a_resident_renames_themselves_and_the_new_name_is_kept() {
        navigate("profile", Component.class);
        test($(TextField.class).id("display-name")).setValue("Camille des Tilleuls");
        test($(Button.class).id("save-profile")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre profil est enregistré.");
        assertThat(residents.myProfile().displayName()).isEqualTo("Camille des Tilleuls");
    }

    @Test
    void a_name_with_markup_is_refused_with_a_sentence_and_nothing_changes() {
        Profile before = residents.myProfile();
        navigate("profile", Component.class);
        test($(TextField.class).id("display-name")).setValue("<b>Camille</b>");
        test($(Button.class).id("save-profile")).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Le nom public ne peut contenir que");
        assertThat(residents.myProfile()).isEqualTo(before);
    }

    @Test
    void an_unknown_address_shows_a_not_found_page_in_the_readers_language() {
        navigate("no-such-page", Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Page introuvable");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("still-no-such-page", Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Page not found");
    }

    @Test
    void an_unexpected_failure_shows_an_apology_and_never_the_technical_details() {
        navigate("test-failure", Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Un problème est survenu");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Une erreur inattendue nous empêche de continuer. Rien n'a été modifié ; réessayez dans un instant.")
                .noneMatch(text -> text.contains("database password") || text.contains("Exception"));
    }

    /** A page that fails the way a bug would, with a detail that must never reach the reader. */
    @Route("test-failure")
    @AnonymousAllowed
    static class FailingView extends Div {

        FailingView() {
            throw new IllegalStateException("database password is hunter2");
        }
    }

    @Test
    void a_resident_who_opens_an_administration_page_is_turned_away_without_seeing_it() {
        navigate("admin/roles", Component.class);
        assertThat($(H1.class).all()).extracting(H1::getText).doesNotContain("Rôles")
                .containsAnyOf("Accès refusé", "Page introuvable");
        assertThat($(TextField.class).all()).noneMatch(field -> "roles-search".equals(field.getId().orElse("")));
    }
}
