package fr.sensiblecity.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Who gave an e-mail address, which kinds of events they want by e-mail, and what waits for their digest. */
@Component
class EmailBook {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    EmailBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    Optional<EmailChoices> choicesOf(long residentId) {
        return jdbc.query("select address, digest, confirmed_at from email_subscriber where resident_id = ?",
                (rs, row) -> new EmailChoices(rs.getString(1), rs.getBoolean(2), kindsOf(residentId),
                        rs.getObject(3) != null), residentId)
                .stream().findFirst();
    }

    Optional<String> addressOf(long residentId) {
        return jdbc.queryForList("select address from email_subscriber where resident_id = ?", String.class, residentId)
                .stream().findFirst();
    }

    /** True if the resident's address is still exactly this one, and is now confirmed. */
    boolean confirm(long residentId, String address, Instant at) {
        return jdbc.update("update email_subscriber set confirmed_at = ? where resident_id = ? and address = ?",
                StoredTime.toDb(at), residentId, address) == 1;
    }

    private Set<NotificationKind> kindsOf(long residentId) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        jdbc.queryForList("select kind from email_preference where resident_id = ?", String.class, residentId)
                .forEach(name -> known(name).ifPresent(kinds::add));
        return kinds;
    }

    /** Replaces the resident's address and choices; deletes them all when the address is null. */
    void save(long residentId, @Nullable EmailChoices choices, Instant at) {
        jdbc.update("delete from email_preference where resident_id = ?", residentId);
        if (choices == null) {
            jdbc.update("delete from email_subscriber where resident_id = ?", residentId);
            return;
        }
        // A new address starts unconfirmed; the same address keeps its confirmation.
        int updated = jdbc.update("update email_subscriber set confirmed_at = case when address = ? then confirmed_at "
                + "else null end, address = ?, digest = ?, updated_at = ? where resident_id = ?", choices.address(),
                choices.address(), choices.digest(), StoredTime.toDb(at), residentId);
        if (updated == 0) {
            jdbc.update("insert into email_subscriber (resident_id, address, digest, updated_at) values (?, ?, ?, ?)",
                    residentId, choices.address(), choices.digest(), StoredTime.toDb(at));
        }
        if (!choices.digest()) {
            jdbc.update("delete from email_digest_item where resident_id = ?", residentId);
        }
        jdbc.batchUpdate("insert into email_preference (resident_id, kind) values (?, ?)",
                choices.kinds().stream().map(kind -> new Object[] {residentId, kind.name()}).toList());
    }

    /** True if the resident wanted this kind by e-mail until now. */
    boolean stop(long residentId, NotificationKind kind) {
        return jdbc.update("delete from email_preference where resident_id = ? and kind = ?", residentId, kind.name()) > 0;
    }

    /** True if the resident had an address until now. */
    boolean stopAll(long residentId) {
        jdbc.update("delete from email_preference where resident_id = ?", residentId);
        return jdbc.update("delete from email_subscriber where resident_id = ?", residentId) > 0;
    }

    /** Among these residents, those who want this kind by e-mail at a confirmed address, with it and their rhythm. */
    List<Subscriber> subscribersFor(NotificationKind kind, Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return named.query("select s.resident_id, s.address, s.digest from email_subscriber s join email_preference p "
                + "on p.resident_id = s.resident_id where p.kind = :kind and s.resident_id in (:ids) "
                + "and s.confirmed_at is not null order by s.resident_id",
                new MapSqlParameterSource("kind", kind.name()).addValue("ids", residentIds),
                (rs, row) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
    }

    void holdForDigest(Notice notice, Collection<Long> residentIds, Instant at) {
        LocalDateTime now = StoredTime.toDb(at);
        jdbc.batchUpdate("insert into email_digest_item (resident_id, kind, target_type, target_id, target_label, "
                + "created_at) values (?, ?, ?, ?, ?, ?)", residentIds.stream().map(id -> new Object[] {id,
                notice.kind().name(), notice.targetType().name(), notice.targetId(), notice.targetLabel(), now}).toList());
    }

    /** Residents who chose the digest, confirmed their address and have something waiting, with their address. */
    List<Subscriber> digestsDue() {
        return jdbc.query("select s.resident_id, s.address, s.digest from email_subscriber s where s.digest = true "
                + "and s.confirmed_at is not null "
                + "and exists (select 1 from email_digest_item i where i.resident_id = s.resident_id) order by s.resident_id",
                (rs, row) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
    }

    /**
     * What waits for this resident's digest, oldest first, and forgets it. Locks the rows while reading, so that
     * two instances running the digest at once never both take the same items.
     */
    TakenDigest takeDigest(long residentId) {
        List<Object[]> rows = jdbc.query("select id, kind, target_type, target_id, target_label from email_digest_item "
                + "where resident_id = ? order by id for update", (rs, row) -> new Object[] {rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)}, residentId);
        if (rows.isEmpty()) {
            return new TakenDigest(0, List.of());
        }
        long last = (Long) rows.getLast()[0];
        jdbc.update("delete from email_digest_item where resident_id = ? and id <= ?", residentId, last);
        return new TakenDigest(last, rows.stream().flatMap(row -> known((String) row[1]).stream().map(kind -> new Notice(
                kind, TargetType.valueOf((String) row[2]), (Long) row[3], (String) row[4]))).toList());
    }

    List<DigestWaiting> waitingFor(long residentId) {
        return jdbc.query("select kind, target_type, target_id, target_label, created_at from email_digest_item "
                + "where resident_id = ? order by id", (rs, row) -> new DigestWaiting(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getString(4), StoredTime.toInstant(rs.getObject(5, LocalDateTime.class))), residentId);
    }

    /** A kind stored by an older or newer version may be unknown here: it is then skipped, not an error. */
    private static Optional<NotificationKind> known(String name) {
        try {
            return Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
    }

    record Subscriber(long residentId, String address, boolean digest) {
    }

    /** The notices of one digest, and the last item they came from: the digest's key in the outbox. */
    record TakenDigest(long lastItemId, List<Notice> notices) {
    }

    record DigestWaiting(String kind, String targetType, long targetId, String targetLabel, Instant createdAt) {
    }
}
