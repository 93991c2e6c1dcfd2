package fr.sensiblecity.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Residents' in-app notifications, in SQL: one batch per notice, and reads that stay on the inbox index. */
@Component
class Inbox {

    private static final RowMapper<NotificationItem> ITEM = (rs, row) -> new NotificationItem(rs.getLong(1),
            NotificationKind.valueOf(rs.getString(2)), TargetType.valueOf(rs.getString(3)), rs.getLong(4),
            rs.getString(5), StoredTime.toInstant(rs.getObject(6, LocalDateTime.class)), rs.getObject(7) != null);

    private final JdbcTemplate jdbc;

    Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Notice notice, Collection<Long> recipients, Instant at) {
        LocalDateTime now = StoredTime.toDb(at);
        List<Object[]> rows = recipients.stream().map(recipient -> new Object[] {recipient, notice.kind().name(),
                notice.targetType().name(), notice.targetId(), notice.targetLabel(), now}).toList();
        jdbc.batchUpdate("insert into notification (resident_id, kind, target_type, target_id, target_label, "
                + "created_at) values (?, ?, ?, ?, ?, ?)", rows);
    }

    List<NotificationItem> latest(long residentId, int limit) {
        return jdbc.query("select id, kind, target_type, target_id, target_label, created_at, read_at "
                + "from notification where resident_id = ? order by created_at desc, id desc limit ?", ITEM, residentId,
                limit);
    }

    long unreadCount(long residentId) {
        Long count = jdbc.queryForObject("select count(*) from notification where resident_id = ? and read_at is null",
                Long.class, residentId);
        return count == null ? 0 : count;
    }

    Optional<Long> recipientOf(long notificationId) {
        return jdbc.queryForList("select resident_id from notification where id = ?", Long.class, notificationId)
                .stream().findFirst();
    }

    /** True if it was unread. */
    boolean markRead(long notificationId, Instant at) {
        return jdbc.update("update notification set read_at = ? where id = ? and read_at is null", StoredTime.toDb(at),
                notificationId) > 0;
    }

    /** How many were unread. */
    int markAllRead(long residentId, Instant at) {
        return jdbc.update("update notification set read_at = ? where resident_id = ? and read_at is null",
                StoredTime.toDb(at), residentId);
    }
}
