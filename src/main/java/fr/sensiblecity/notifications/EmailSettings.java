package fr.sensiblecity.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mails go out: the sender, the platform's public address (links in e-mails must work from a mailbox),
 * when the daily digest leaves, optionally the secret that signs unsubscribe links (otherwise one is made at first
 * use and kept in the database), and how the outbox is worked through. The SMTP server itself is Spring's
 * {@code spring.mail.*}; without it, e-mails are not sent and only their subjects are logged.
 */
@ConfigurationProperties("sensible.email")
public record EmailSettings(
        @DefaultValue("Sensible City <ne-pas-repondre@localhost>") String from,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("Europe/Paris") String digestZone,
        @DefaultValue("") String unsubscribeSecret,
        @DefaultValue Sending sending) {

    /** The public address without a trailing slash, so that paths can be appended. */
    String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * The outbox. Each e-mail is tried at once after the commit that queued it; the poll takes up what is due
     * again (a failed attempt after its back-off, or a row whose instance died while sending it).
     *
     * @param pollInterval how often every instance looks for e-mails due again
     * @param claimFor how long an instance keeps a row it is sending before another may take it: longer than a
     *         slow SMTP exchange, as a row taken over while still being sent goes out twice
     * @param maxAttempts attempts before an e-mail is given up (and logged)
     * @param firstRetryAfter wait after the first failure, doubled after each further one, at most an hour
     * @param keepSentFor how long sent and given-up e-mails stay in the outbox before they are deleted
     */
    public record Sending(
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("5m") Duration claimFor,
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("1m") Duration firstRetryAfter,
            @DefaultValue("7d") Duration keepSentFor) {

        Duration retryAfter(int attemptsMade) {
            Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 10));
            return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
        }
    }
}
