package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Campaigns and pledges in SQL. Every change to a campaign's pledges or state first locks the campaign's row, and
 * the city's match is taken from the programme's pot under the programme's row lock, always in that order.
 */
@Component
class CampaignStore {

    private static final String VIEW = "select c.*, p.title project_title, g.name_fr, g.name_en, g.matching_pot "
            + "from campaign c join project p on p.id = c.project_id join funding_programme g on g.id = c.programme_id ";
    private static final RowMapper<CampaignView> VIEW_ROW = (rs, row) -> new CampaignView(rs.getLong("id"),
            rs.getLong("project_id"), rs.getString("project_title"), rs.getLong("programme_id"), rs.getString("name_fr"),
            rs.getString("name_en"), rs.getBigDecimal("target"), rs.getBigDecimal("crowd_share"),
            CityMatching.threshold(rs.getBigDecimal("target"), rs.getBigDecimal("crowd_share")),
            rs.getBigDecimal("project_cap"), rs.getBigDecimal("min_pledge"), rs.getBigDecimal("max_pledge"),
            Objects.requireNonNull(StoredTime.read(rs, "starts_at")), Objects.requireNonNull(StoredTime.read(rs, "deadline")),
            CampaignState.valueOf(rs.getString("state")), rs.getBigDecimal("pledged_total"), rs.getInt("pledger_count"),
            rs.getBigDecimal("city_match"), StoredTime.read(rs, "closed_at"), rs.getBigDecimal("matching_pot"));

    private final JdbcTemplate jdbc;

    CampaignStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, long programmeId, BigDecimal target, BigDecimal share, BigDecimal cap, BigDecimal min,
            BigDecimal max, Instant startsAt, Instant deadline) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into campaign (project_id, programme_id, "
                    + "target, crowd_share, project_cap, min_pledge, max_pledge, starts_at, deadline, state) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, projectId);
            insert.setLong(2, programmeId);
            insert.setBigDecimal(3, target);
            insert.setBigDecimal(4, share);
            insert.setBigDecimal(5, cap);
            insert.setBigDecimal(6, min);
            insert.setBigDecimal(7, max);
            insert.setObject(8, StoredTime.toDb(startsAt));
            insert.setObject(9, StoredTime.toDb(deadline));
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    Optional<CampaignView> view(long campaignId) {
        return jdbc.query(VIEW + "where c.id = ?", VIEW_ROW, campaignId).stream().findFirst();
    }

    /** Open campaigns, soonest deadline first, of the territory's projects (every project's, for null). */
    List<CampaignView> endingSoon(@org.jspecify.annotations.Nullable Long territoryId, Instant now, int limit) {
        return territoryId == null
                ? jdbc.query(VIEW + "where c.state = 'OPEN' and c.deadline > ? order by c.deadline, c.id limit ?", VIEW_ROW,
                        StoredTime.toDb(now), limit)
                : jdbc.query(VIEW + "where c.state = 'OPEN' and c.deadline > ? and p.territory_id = ? "
                        + "order by c.deadline, c.id limit ?", VIEW_ROW, StoredTime.toDb(now), territoryId, limit);
    }

    /** Euros pledged to open and successful campaigns (failed ones released theirs). */
    BigDecimal pledgedTotal(@org.jspecify.annotations.Nullable Long territoryId) {
        String sql = "select coalesce(sum(c.pledged_total), 0) from campaign c join project p on p.id = c.project_id "
                + "where c.state in ('OPEN', 'SUCCEEDED')" + (territoryId == null ? "" : " and p.territory_id = ?");
        return territoryId == null ? jdbc.queryForObject(sql, BigDecimal.class)
                : jdbc.queryForObject(sql, BigDecimal.class, territoryId);
    }

    long territoryOf(long campaignId) {
        return Objects.requireNonNull(jdbc.queryForObject("select p.territory_id from campaign c join project p "
                + "on p.id = c.project_id where c.id = ?", Long.class, campaignId));
    }

    Optional<CampaignView> viewOfProject(long projectId) {
        return jdbc.query(VIEW + "where c.project_id = ?", VIEW_ROW, projectId).stream().findFirst();
    }

    /** The campaign's row, locked until the transaction ends. */
    Optional<Locked> lock(long campaignId) {
        return jdbc.query("select project_id, programme_id, target, crowd_share, project_cap, min_pledge, max_pledge, "
                + "starts_at, deadline, state, pledged_total from campaign where id = ? for update", (rs, row) ->
                        new Locked(campaignId, rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                                Objects.requireNonNull(StoredTime.read(rs, "starts_at")),
                                Objects.requireNonNull(StoredTime.read(rs, "deadline")),
                                CampaignState.valueOf(rs.getString(10)), rs.getBigDecimal(11)), campaignId)
                .stream().findFirst();
    }

    Optional<BigDecimal> pledgeOf(long campaignId, long residentId) {
        return jdbc.queryForList("select amount from pledge where campaign_id = ? and resident_id = ?", BigDecimal.class,
                campaignId, residentId).stream().findFirst();
    }

    /** Sets the resident's pledge and moves the campaign's totals by the difference; the campaign must be locked. */
    void setPledge(long campaignId, long residentId, BigDecimal amount, Instant at) {
        Optional<BigDecimal> before = pledgeOf(campaignId, residentId);
        if (before.isPresent()) {
            jdbc.update("update pledge set amount = ?, updated_at = ? where campaign_id = ? and resident_id = ?", amount,
                    StoredTime.toDb(at), campaignId, residentId);
            jdbc.update("update campaign set pledged_total = pledged_total + ? where id = ?",
                    amount.subtract(before.get()), campaignId);
        } else {
            jdbc.update("insert into pledge (campaign_id, resident_id, amount, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?)", campaignId, residentId, amount, StoredTime.toDb(at), StoredTime.toDb(at));
            jdbc.update("update campaign set pledged_total = pledged_total + ?, pledger_count = pledger_count + 1 "
                    + "where id = ?", amount, campaignId);
        }
    }

    /** False if the resident had no pledge; the campaign must be locked. */
    boolean removePledge(long campaignId, long residentId) {
        Optional<BigDecimal> before = pledgeOf(campaignId, residentId);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.update("delete from pledge where campaign_id = ? and resident_id = ?", campaignId, residentId);
        jdbc.update("update campaign set pledged_total = pledged_total - ?, pledger_count = pledger_count - 1 "
                + "where id = ?", before.get(), campaignId);
        return true;
    }

    List<Long> pledgers(long campaignId) {
        return jdbc.queryForList("select resident_id from pledge where campaign_id = ? and resident_id is not null "
                + "order by resident_id", Long.class, campaignId);
    }

    List<Long> due(Instant now) {
        return jdbc.queryForList("select id from campaign where state = 'OPEN' and deadline <= ? order by deadline, id",
                Long.class, StoredTime.toDb(now));
    }

    /** What is left in the programme's pot, with the programme's row locked until the transaction ends. */
    BigDecimal lockPot(long programmeId) {
        return jdbc.queryForObject("select matching_pot from funding_programme where id = ? for update",
                BigDecimal.class, programmeId);
    }

    /** Takes the amount from the pot only if it is still there; false otherwise, and nothing is taken. */
    boolean takeFromPot(long programmeId, BigDecimal amount) {
        return jdbc.update("update funding_programme set matching_pot = matching_pot - ? where id = ? "
                + "and matching_pot >= ?", amount, programmeId, amount) == 1;
    }

    void close(long campaignId, CampaignState state, BigDecimal cityMatch, Instant at) {
        jdbc.update("update campaign set state = ?, city_match = ?, closed_at = ? where id = ? and state = 'OPEN'",
                state.name(), cityMatch, StoredTime.toDb(at), campaignId);
        if (state == CampaignState.FAILED) {
            jdbc.update("update pledge set released = true where campaign_id = ?", campaignId);
        }
    }

    /** The campaign's row as read under its lock. */
    record Locked(long id, long projectId, long programmeId, BigDecimal target, BigDecimal crowdShare,
            BigDecimal projectCap, BigDecimal minPledge, BigDecimal maxPledge, Instant startsAt, Instant deadline,
            CampaignState state, BigDecimal pledged) {
    }
}
