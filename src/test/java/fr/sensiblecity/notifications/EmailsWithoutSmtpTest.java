package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With no SMTP server configured, e-mails are not sent and the log says so; but whoever reads the log must not be
 * able to confirm someone's address or unsubscribe them, nor learn the address.
 */
@MariaDbTest
@ExtendWith(OutputCaptureExtension.class)
class EmailsWithoutSmtpTest {

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    EmailService emails;

    @Autowired
    MailOut mailOut;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_log_holds_neither_the_body_nor_the_links_nor_the_address_of_an_unsent_e_mail(CapturedOutput log)
            throws Exception {
        database.wipe();
        long gaelle = fixtures.resident("gaelle");
        Actors.resident(gaelle);
        emails.saveMyChoices("gaelle@example.fr", false, EnumSet.allOf(NotificationKind.class));
        assertThat(mailOut.awaitIdle(Duration.ofSeconds(30))).isTrue();
        String body = jdbc.queryForObject("select body from email_outbox where resident_id = ?", String.class, gaelle);
        assertThat(body).contains("/email/confirm?t=");

        assertThat(log.getAll()).contains("E-mail not sent (no SMTP server configured) to resident " + gaelle)
                .doesNotContain("/email/confirm?t=").doesNotContain("/email/unsubscribe?t=")
                .doesNotContain("gaelle@example.fr").doesNotContain(body.lines().skip(2).findFirst().orElseThrow());
    }
}
