package fr.sensiblecity.moderation;

import fr.sensiblecity.base.PersonalData;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reports a resident made, of every kind of text. On erasure they stay for the moderators, by no one. */
@Component
class ModerationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ModerationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "moderation";
    }

    @Override
    public Object export(long residentId) {
        return Map.of("reports", jdbc.query("select target_type, target_id, reason, created_at from report "
                + "where reporter_id = ? order by id", (rs, row) -> new MadeReport(rs.getString(1), rs.getLong(2),
                rs.getString(3), rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString()), residentId));
    }

    @Override
    public void erase(long residentId) {
        jdbc.update("update report set reporter_id = null where reporter_id = ?", residentId);
    }

    record MadeReport(String targetType, long targetId, String reason, String reportedAt) {
    }
}
