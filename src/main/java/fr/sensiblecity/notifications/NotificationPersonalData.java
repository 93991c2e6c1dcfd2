package fr.sensiblecity.notifications;

import fr.sensiblecity.base.PersonalData;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a resident follows, their inbox, and their e-mail address and choices; erasure deletes all of it. */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final EmailBook emails;
    private final EmailOutbox outbox;

    NotificationPersonalData(JdbcTemplate jdbc, EmailBook emails, EmailOutbox outbox) {
        this.jdbc = jdbc;
        this.emails = emails;
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("follows", jdbc.query("select target_type, target_id, created_at from follow where resident_id = ? "
                + "order by created_at", (rs, row) -> new Followed(rs.getString(1), rs.getLong(2),
                StoredTime.toInstant(rs.getObject(3, LocalDateTime.class)).toString()), residentId));
        data.put("notifications", jdbc.query("select kind, target_type, target_id, target_label, created_at, read_at "
                + "from notification where resident_id = ? order by id", (rs, row) -> new Received(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getString(4),
                StoredTime.toInstant(rs.getObject(5, LocalDateTime.class)).toString(),
                rs.getObject(6) != null), residentId));
        data.put("email", emails.choicesOf(residentId).orElse(null));
        data.put("emailDigestWaiting", emails.waitingFor(residentId));
        return data;
    }

    @Override
    public void erase(long residentId) {
        emails.stopAll(residentId);
        // E-mails not yet sent are not sent any more; sent ones are forgotten with them.
        outbox.forgetResident(residentId);
        jdbc.update("delete from notification where resident_id = ?", residentId);
        jdbc.update("delete from follow where resident_id = ?", residentId);
    }

    record Followed(String targetType, long targetId, String since) {
    }

    record Received(String kind, String targetType, long targetId, String label, String at, boolean read) {
    }
}
