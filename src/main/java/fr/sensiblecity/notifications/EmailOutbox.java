package fr.sensiblecity.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mails waiting to be sent, in SQL that MariaDB and H2 both run. Rows are claimed one by one with a
 * conditional update (no {@code SELECT ... FOR UPDATE}, which a Galera cluster does not hold across nodes): the
 * instance whose update changed the row sends it, and nobody else until its claim runs out.
 */
@Component
class EmailOutbox {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    EmailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Queues each message unless its resident already has one for this event; true if it was queued. */
    boolean add(EmailMessage message, String eventKey, Instant at) {
        return jdbc.update("insert into email_outbox (resident_id, event_key, address, subject, body, unsubscribe_url, "
                + "created_at, next_attempt_at) select ?, ?, ?, ?, ?, ?, ?, ? from dual where not exists "
                + "(select 1 from email_outbox where resident_id = ? and event_key = ?)", message.residentId(), eventKey,
                message.to(), message.subject(), message.body(), message.unsubscribeUrl(), StoredTime.toDb(at),
                StoredTime.toDb(at), message.residentId(), eventKey) == 1;
    }

    /** Unsent e-mails of these events, whoever may be sending them. */
    List<Long> waitingFor(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return List.of();
        }
        return named.queryForList("select id from email_outbox where event_key in (:keys) and sent_at is null "
                + "and failed_at is null order by id", new MapSqlParameterSource("keys", eventKeys), Long.class);
    }

    /** E-mails due now that nobody holds, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from email_outbox where sent_at is null and failed_at is null "
                + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by id limit ?",
                Long.class, StoredTime.toDb(now), StoredTime.toDb(now), limit);
    }

    /** Takes the row for this instance until {@code until}, counting an attempt; empty if it is not ours to send. */
    Optional<Queued> claim(long id, Instant now, Instant until) {
        int claimed = jdbc.update("update email_outbox set claimed_until = ?, attempts = attempts + 1 where id = ? "
                + "and sent_at is null and failed_at is null and next_attempt_at <= ? "
                + "and (claimed_until is null or claimed_until < ?)", StoredTime.toDb(until), id, StoredTime.toDb(now),
                StoredTime.toDb(now));
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.query("select resident_id, address, subject, body, unsubscribe_url, attempts from email_outbox "
                + "where id = ?", (rs, row) -> new Queued(id, new EmailMessage(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt(6)), id).stream().findFirst();
    }

    void sent(long id, Instant at) {
        jdbc.update("update email_outbox set sent_at = ?, claimed_until = null where id = ?", StoredTime.toDb(at), id);
    }

    void retryAt(long id, Instant next) {
        jdbc.update("update email_outbox set next_attempt_at = ?, claimed_until = null where id = ?",
                StoredTime.toDb(next), id);
    }

    void givenUp(long id, Instant at) {
        jdbc.update("update email_outbox set failed_at = ?, claimed_until = null where id = ?", StoredTime.toDb(at), id);
    }

    /** Forgets e-mails sent or given up before {@code before}: the outbox is no archive of residents' addresses. */
    int forgetDoneBefore(Instant before) {
        return jdbc.update("delete from email_outbox where sent_at < ? or failed_at < ?", StoredTime.toDb(before),
                StoredTime.toDb(before));
    }

    void forgetResident(long residentId) {
        jdbc.update("delete from email_outbox where resident_id = ?", residentId);
    }

    record Queued(long id, EmailMessage message, int attempts) {
    }
}
