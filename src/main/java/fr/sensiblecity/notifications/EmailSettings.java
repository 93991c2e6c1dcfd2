package fr.sensiblecity.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mails go out: the sender, the platform's public address (links in e-mails must work from a mailbox),
 * when the daily digest leaves, and optionally the secret that signs unsubscribe links (otherwise one is made
 * at first use and kept in the database). The SMTP server itself is Spring's {@code spring.mail.*}; without it,
 * e-mails are only written to the log.
 */
@ConfigurationProperties("sensible.email")
public record EmailSettings(
        @DefaultValue("Sensible City <ne-pas-repondre@localhost>") String from,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("Europe/Paris") String digestZone,
        @DefaultValue("") String unsubscribeSecret) {

    /** The public address without a trailing slash, so that paths can be appended. */
    String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
