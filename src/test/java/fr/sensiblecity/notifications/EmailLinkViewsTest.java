package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The pages e-mail links open, for someone not signed in (the link may open in any browser): opening them changes
 * nothing; the button on the page does, and says so in the reader's language.
 */
@MariaDbTest
@WithAnonymousUser
class EmailLinkViewsTest extends SpringBrowserlessTest {

    private static final Pattern CONFIRM = Pattern.compile("/email/confirm\\?t=([A-Za-z0-9_-]+)");

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    EmailService emails;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    long hugo;

    @BeforeEach
    void hugoGaveAnAddress() {
        database.wipe();
        hugo = fixtures.resident("hugo");
        Actors.resident(hugo);
        emails.saveMyChoices("hugo@example.fr", false, EnumSet.allOf(NotificationKind.class));
        Actors.visitor();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void opening_an_unsubscribe_link_asks_first_and_the_button_stops_that_kind_of_e_mail() {
        open("unsubscribe", tokens.sign(hugo, NotificationKind.IDEA_MATURED.name()));
        assertThat($(H1.class).first().getText()).isEqualTo("Désabonnement");
        assertThat($(Paragraph.class).id("unsubscribe-question").getText()).startsWith("Ne plus recevoir d'e-mail pour « ");
        assertThat(kindsOfHugo()).contains(NotificationKind.IDEA_MATURED.name());

        test($(Button.class).id("confirm-unsubscribe")).click();

        assertThat($(Paragraph.class).id("unsubscribe-result").getText()).startsWith("C'est fait");
        assertThat(kindsOfHugo()).doesNotContain(NotificationKind.IDEA_MATURED.name()).isNotEmpty();
    }

    @Test
    void a_forged_unsubscribe_link_shows_why_and_offers_no_button() {
        open("unsubscribe", "bm90LWEtdG9rZW4");
        assertThat($(Paragraph.class).id("unsubscribe-question").getText())
                .isEqualTo("Ce lien de désabonnement n'est pas valide. Connectez-vous pour gérer vos e-mails.");
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").equals("confirm-unsubscribe"));
    }

    @Test
    void opening_a_confirmation_link_confirms_nothing_until_the_button_is_pressed() {
        String body = jdbc.queryForObject("select body from email_outbox where resident_id = ?", String.class, hugo);
        Matcher link = CONFIRM.matcher(body);
        assertThat(link.find()).isTrue();

        open("email/confirm", link.group(1));
        assertThat(confirmed()).isFalse();
        test($(Button.class).id("confirm-address")).click();

        assertThat($(Paragraph.class).id("confirm-result").getText()).startsWith("Merci : votre adresse est confirmée");
        assertThat(confirmed()).isTrue();
    }

    @Test
    void a_wrong_confirmation_link_says_so_at_once_offers_no_button_and_confirms_nothing() {
        open("email/confirm", "bm90LWEtdG9rZW4");
        assertThat($(Paragraph.class).id("confirm-result").getText()).startsWith("Ce lien de confirmation n'est pas valide");
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").equals("confirm-address"));
        assertThat(confirmed()).isFalse();
    }

    @Test
    void a_confirmation_link_for_an_address_since_changed_offers_no_button() {
        String body = jdbc.queryForObject("select body from email_outbox where resident_id = ?", String.class, hugo);
        Matcher link = CONFIRM.matcher(body);
        assertThat(link.find()).isTrue();
        jdbc.update("update email_subscriber set address = 'autre@exemple.fr' where resident_id = ?", hugo);

        open("email/confirm", link.group(1));

        assertThat($(Paragraph.class).id("confirm-result").getText()).startsWith("Ce lien de confirmation n'est pas valide");
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").equals("confirm-address"));
        assertThat(confirmed()).isFalse();
    }

    private void open(String route, String token) {
        UI.getCurrent().navigate(route, QueryParameters.of("t", token));
    }

    private java.util.List<String> kindsOfHugo() {
        return jdbc.queryForList("select kind from email_preference where resident_id = ?", String.class, hugo);
    }

    private boolean confirmed() {
        return jdbc.queryForObject("select confirmed_at is not null from email_subscriber where resident_id = ?",
                Boolean.class, hugo);
    }
}
