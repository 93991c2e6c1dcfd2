package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Projects in SQL: their rows, themes, source ideas, milestones and timeline. Runs in the caller's transaction. */
@Component
class ProjectStore {

    private static final String CARD_COLUMNS = "p.id, p.title, p.territory_id, t.name territory_name, p.holder_type, "
            + "p.phase, p.budget, p.secured_amount, p.funding_status";
    private static final RowMapper<ProjectCard> CARD = (rs, row) -> {
        BigDecimal budget = rs.getBigDecimal("budget");
        BigDecimal secured = rs.getBigDecimal("secured_amount");
        return new ProjectCard(rs.getLong("id"), rs.getString("title"), rs.getLong("territory_id"),
                rs.getString("territory_name"), HolderType.valueOf(rs.getString("holder_type")),
                ProjectPhase.valueOf(rs.getString("phase")), budget, secured,
                FundingStatus.valueOf(rs.getString("funding_status")), FundingStatus.percentage(secured, budget));
    };

    private final JdbcTemplate jdbc;

    ProjectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ProjectForm valid, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into project (title, summary, territory_id, "
                    + "holder_type, holder_name, partners, phase, budget, created_at, phase_changed_at) "
                    + "values (?, ?, ?, ?, ?, ?, 'STUDY', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, valid.title());
            insert.setString(2, valid.summary());
            insert.setLong(3, valid.territoryId());
            insert.setString(4, Objects.requireNonNull(valid.holderType()).name());
            insert.setString(5, valid.holderName());
            insert.setString(6, valid.partners());
            insert.setBigDecimal(7, valid.budget());
            insert.setObject(8, StoredTime.toDb(now));
            insert.setObject(9, StoredTime.toDb(now));
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        writeThemes(id, valid.themeIds());
        return id;
    }

    void update(long id, ProjectForm valid) {
        jdbc.update("update project set title = ?, summary = ?, territory_id = ?, holder_type = ?, holder_name = ?, "
                + "partners = ?, budget = ?, version = version + 1 where id = ?", valid.title(), valid.summary(),
                valid.territoryId(), Objects.requireNonNull(valid.holderType()).name(), valid.holderName(),
                valid.partners(), valid.budget(), id);
        jdbc.update("delete from project_theme where project_id = ?", id);
        writeThemes(id, valid.themeIds());
    }

    private void writeThemes(long id, List<Long> themeIds) {
        jdbc.batchUpdate("insert into project_theme (project_id, theme_id) values (?, ?)",
                themeIds.stream().map(theme -> new Object[] {id, theme}).toList());
    }

    void linkIdeas(long projectId, List<Long> ideaIds) {
        jdbc.batchUpdate("insert into project_idea (idea_id, project_id) values (?, ?)",
                ideaIds.stream().map(idea -> new Object[] {idea, projectId}).toList());
    }

    /** The project's row, locked until the transaction ends: phase and funding changes take turns on it. */
    Optional<Locked> lock(long id) {
        return jdbc.query("select phase, budget from project where id = ? for update", (rs, row) -> new Locked(id,
                ProjectPhase.valueOf(rs.getString(1)), rs.getBigDecimal(2)), id).stream().findFirst();
    }

    void movePhase(long id, ProjectPhase phase, @Nullable String evaluation, Instant now) {
        jdbc.update("update project set phase = ?, evaluation_summary = coalesce(?, evaluation_summary), "
                + "phase_changed_at = ?, version = version + 1 where id = ?", phase.name(), evaluation,
                StoredTime.toDb(now), id);
    }

    /** Adds up the secured lines again and stores the total and the status; the project must be locked. */
    void refreshFunding(long id) {
        BigDecimal budget = jdbc.queryForObject("select budget from project where id = ?", BigDecimal.class, id);
        BigDecimal secured = jdbc.queryForObject("select coalesce(sum(amount), 0) from funding_line where project_id = ? "
                + "and status in ('COMMITTED', 'RECEIVED')", BigDecimal.class, id);
        jdbc.update("update project set secured_amount = ?, funding_status = ? where id = ?", secured,
                FundingStatus.of(secured, budget).name(), id);
    }

    void addEvent(long projectId, String kind, @Nullable ProjectPhase phase, String note, Instant at) {
        jdbc.update("insert into project_event (project_id, kind, phase, note, at) values (?, ?, ?, ?, ?)", projectId,
                kind, phase == null ? null : phase.name(), note, StoredTime.toDb(at));
    }

    List<ProjectCard> page(ProjectQuery query, int offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.territoryId() != null) {
            where.append(" and p.territory_id = ?");
            arguments.add(query.territoryId());
        }
        if (query.themeId() != null) {
            where.append(" and exists (select 1 from project_theme pt where pt.project_id = p.id and pt.theme_id = ?)");
            arguments.add(query.themeId());
        }
        if (query.phase() != null) {
            where.append(" and p.phase = ?");
            arguments.add(query.phase().name());
        }
        if (query.fundingStatus() != null) {
            where.append(" and p.funding_status = ?");
            arguments.add(query.fundingStatus().name());
        }
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("select " + CARD_COLUMNS + " from project p join territory t on t.id = p.territory_id" + where
                + " order by p.created_at desc, p.id desc limit ? offset ?", CARD, arguments.toArray());
    }

    Optional<ProjectDetails> find(long id) {
        return jdbc.query("select p.*, t.name territory_name from project p join territory t on t.id = p.territory_id "
                + "where p.id = ?", (rs, row) -> {
                    BigDecimal budget = rs.getBigDecimal("budget");
                    BigDecimal secured = rs.getBigDecimal("secured_amount");
                    return new ProjectDetails(id, rs.getString("title"), rs.getString("summary"),
                            rs.getLong("territory_id"), rs.getString("territory_name"),
                            HolderType.valueOf(rs.getString("holder_type")), rs.getString("holder_name"),
                            rs.getString("partners"), ProjectPhase.valueOf(rs.getString("phase")),
                            rs.getString("evaluation_summary"), themes(id), budget, secured,
                            FundingStatus.valueOf(rs.getString("funding_status")),
                            FundingStatus.percentage(secured, budget), Objects.requireNonNull(StoredTime.read(rs,
                                    "created_at")), List.of(), milestones(id), timeline(id), List.of());
                }, id).stream().findFirst();
    }

    String title(long id) {
        return jdbc.queryForList("select title from project where id = ?", String.class, id).stream().findFirst()
                .orElse("");
    }

    List<Long> themes(long projectId) {
        return jdbc.queryForList("select theme_id from project_theme where project_id = ? order by theme_id", Long.class,
                projectId);
    }

    List<Long> ideas(long projectId) {
        return jdbc.queryForList("select idea_id from project_idea where project_id = ? order by idea_id", Long.class,
                projectId);
    }

    Optional<Long> projectOfIdea(long ideaId) {
        return jdbc.queryForList("select project_id from project_idea where idea_id = ?", Long.class, ideaId).stream()
                .findFirst();
    }

    List<ProjectDetails.Milestone> milestones(long projectId) {
        return jdbc.query("select id, title, due_on, progress from milestone where project_id = ? "
                + "order by due_on is null, due_on, id", (rs, row) -> new ProjectDetails.Milestone(rs.getLong(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4)), projectId);
    }

    long addMilestone(long projectId, String title, @Nullable LocalDate dueOn, int progress, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into milestone (project_id, title, due_on, "
                    + "progress, updated_at) values (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, projectId);
            insert.setString(2, title);
            insert.setObject(3, dueOn);
            insert.setInt(4, progress);
            insert.setObject(5, StoredTime.toDb(now));
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The milestone's project and progress, if it exists. */
    Optional<long[]> milestone(long milestoneId) {
        return jdbc.query("select project_id, progress from milestone where id = ?",
                (rs, row) -> new long[] {rs.getLong(1), rs.getInt(2)}, milestoneId).stream().findFirst();
    }

    void setProgress(long milestoneId, int progress, Instant now) {
        jdbc.update("update milestone set progress = ?, updated_at = ? where id = ?", progress, StoredTime.toDb(now),
                milestoneId);
    }

    String milestoneTitle(long milestoneId) {
        return jdbc.queryForObject("select title from milestone where id = ?", String.class, milestoneId);
    }

    List<ProjectDetails.TimelineEntry> timeline(long projectId) {
        return jdbc.query("select kind, phase, note, at from project_event where project_id = ? order by at, id",
                (rs, row) -> new ProjectDetails.TimelineEntry(rs.getString(1),
                        rs.getString(2) == null ? null : ProjectPhase.valueOf(rs.getString(2)), rs.getString(3),
                        Objects.requireNonNull(StoredTime.read(rs, "at"))), projectId);
    }

    /** The project's row as read under its lock. */
    record Locked(long id, ProjectPhase phase, BigDecimal budget) {
    }
}
