package fr.sensiblecity.projects;

import fr.sensiblecity.base.PersonalData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A resident's pledges. Erasing keeps every pledge's amount, so campaign totals and the city's match stay right,
 * and drops only the link to the person. Eligibility checks a staff member ran lose their author the same way.
 */
@Component
class PledgePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    PledgePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "pledges";
    }

    @Override
    public Object export(long residentId) {
        return jdbc.query("select c.id, p.title, g.amount, g.released, c.state, g.created_at, g.updated_at "
                + "from pledge g join campaign c on c.id = g.campaign_id join project p on p.id = c.project_id "
                + "where g.resident_id = ? order by g.created_at, g.id", (rs, row) -> new Pledge(rs.getLong(1),
                        rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4), rs.getString(5),
                        Objects.requireNonNull(StoredTime.read(rs, "created_at")),
                        Objects.requireNonNull(StoredTime.read(rs, "updated_at"))), residentId);
    }

    @Override
    public void erase(long residentId) {
        jdbc.update("update pledge set resident_id = null where resident_id = ?", residentId);
        jdbc.update("update eligibility_check set checked_by = null where checked_by = ?", residentId);
    }

    /** One pledge as the resident downloads it. */
    record Pledge(long campaignId, String project, BigDecimal amount, boolean released, String campaignState,
            Instant pledgedAt, Instant changedAt) {
    }
}
