package fr.sensiblecity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.notifications.EmailChoices;
import fr.sensiblecity.notifications.EmailService;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camille's e-mail choices and "My data" pages, without a browser. */
@MariaDbTest
@SignedInAs(name = "Camille")
class RightsViewsTest extends SpringBrowserlessTest {

    @Autowired
    EmailService emails;

    @Autowired
    ResidentService residents;

    @Autowired
    CurrentResident current;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_first_visit_offers_every_event_and_saving_keeps_the_address_the_kinds_and_the_digest() {
        navigate("profile/email", Component.class);
        CheckboxGroup<NotificationKind> kinds = $(CheckboxGroup.class).id("email-kinds");
        assertThat($(EmailField.class).id("email-address").getValue()).isEmpty();
        assertThat(kinds.getValue()).containsExactlyInAnyOrder(NotificationKind.values());

        test($(EmailField.class).id("email-address")).setValue("camille@example.fr");
        kinds.setValue(EnumSet.of(NotificationKind.IDEA_ANSWERED));
        ((RadioButtonGroup<Boolean>) $(RadioButtonGroup.class).id("email-rhythm")).setValue(true);
        test($(Button.class).id("save-email")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Vos choix sont enregistrés. Nous avons "
                + "envoyé un lien à votre adresse : suivez-le pour commencer à recevoir des e-mails.");
        assertThat(emails.myChoices()).contains(new EmailChoices("camille@example.fr", true,
                Set.of(NotificationKind.IDEA_ANSWERED), false));
        assertThat($(Paragraph.class).id("email-confirmation").getText()).isEqualTo("En attente de confirmation : "
                + "suivez le lien envoyé à camille@example.fr pour recevoir des e-mails à cette adresse.");
        assertThat($(Button.class).id("resend-confirmation").isVisible()).isTrue();
    }

    @Test
    void an_invalid_address_is_refused_in_words_and_nothing_is_saved() {
        navigate("profile/email", Component.class);
        test($(EmailField.class).id("email-address")).setValue("camille chez example");
        test($(Button.class).id("save-email")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Cette adresse e-mail n'est pas valide.");
        assertThat(emails.myChoices()).isEmpty();
    }

    @Test
    void my_data_offers_the_download_and_refuses_erasure_without_the_word() {
        navigate("profile/data", Component.class);
        assertThat($(Anchor.class).id("download-my-data").getHref()).isNotBlank();

        test($(TextField.class).id("erase-confirmation")).setValue("oui");
        test($(Button.class).id("erase-account")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Tapez SUPPRIMER dans le champ pour confirmer la suppression.");
        assertThat(residents.displayNameOf(current.id().orElseThrow())).contains("Camille");
    }
}
