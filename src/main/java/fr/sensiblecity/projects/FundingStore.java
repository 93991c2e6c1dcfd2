package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Funding programmes, eligibility checks and funding lines, in SQL. Runs in the caller's transaction. */
@Component
class FundingStore {

    private final JdbcTemplate jdbc;

    FundingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Programme> programmes() {
        return jdbc.queryForList("select id from funding_programme order by name_fr", Long.class).stream()
                .map(id -> programme(id).orElseThrow()).toList();
    }

    Optional<Programme> programme(long id) {
        return jdbc.query("select id, code, name_fr, name_en, population_below, requires_rural, matching_pot, "
                + "crowd_share, project_cap from funding_programme where id = ?", (rs, row) -> new Programme(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), rs.getBoolean(6),
                        jdbc.queryForList("select theme_id from programme_theme where programme_id = ? order by theme_id",
                                Long.class, id),
                        criteria(id, false), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                        criteria(id, true)), id).stream().findFirst();
    }

    private List<Programme.Criterion> criteria(long programmeId, boolean retired) {
        return jdbc.query("select id, text_fr, text_en from programme_criterion where programme_id = ? and retired = ? "
                + "order by position, id", (c, i) -> new Programme.Criterion(c.getLong(1), c.getString(2),
                        c.getString(3)), programmeId, retired);
    }

    boolean codeTaken(String code) {
        return jdbc.queryForObject("select count(*) from funding_programme where code = ?", Integer.class, code) > 0;
    }

    long insertProgramme(ProgrammeDraft valid) {
        ProgrammeForm terms = valid.terms();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into funding_programme (code, name_fr, "
                    + "name_en, population_below, requires_rural, matching_pot, crowd_share, project_cap) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, valid.code());
            insert.setString(2, valid.nameFr());
            insert.setString(3, valid.nameEn());
            insert.setObject(4, terms.populationBelow());
            insert.setBoolean(5, terms.requiresRural());
            insert.setBigDecimal(6, terms.matchingPot());
            insert.setBigDecimal(7, terms.crowdShare());
            insert.setBigDecimal(8, terms.projectCap());
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Locks the programme's row until the transaction ends: rule changes take turns. */
    boolean lockProgramme(long id) {
        return !jdbc.queryForList("select id from funding_programme where id = ? for update", Long.class, id).isEmpty();
    }

    void replaceThemes(long programmeId, List<Long> themeIds) {
        jdbc.update("delete from programme_theme where programme_id = ?", programmeId);
        jdbc.batchUpdate("insert into programme_theme (programme_id, theme_id) values (?, ?)",
                themeIds.stream().map(theme -> new Object[] {programmeId, theme}).toList());
    }

    void placeCriterion(long criterionId, int position) {
        jdbc.update("update programme_criterion set position = ? where id = ?", position, criterionId);
    }

    void addCriterion(long programmeId, int position, String textFr, String textEn) {
        jdbc.update("insert into programme_criterion (programme_id, position, text_fr, text_en) values (?, ?, ?, ?)",
                programmeId, position, textFr, textEn);
    }

    void retireCriterion(long criterionId) {
        jdbc.update("update programme_criterion set retired = true where id = ?", criterionId);
    }

    void touchProgramme(long id) {
        jdbc.update("update funding_programme set version = version + 1 where id = ?", id);
    }

    void updateProgramme(long id, ProgrammeForm valid) {
        jdbc.update("update funding_programme set population_below = ?, requires_rural = ?, matching_pot = ?, "
                + "crowd_share = ?, project_cap = ?, version = version + 1 where id = ?", valid.populationBelow(),
                valid.requiresRural(), valid.matchingPot(), valid.crowdShare(), valid.projectCap(), id);
    }

    long recordCheck(long projectId, long programmeId, boolean eligible, @Nullable Long checkedBy, Instant at,
            List<EligibilityResult.Reason> reasons) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into eligibility_check (project_id, "
                    + "programme_id, eligible, checked_by, checked_at) values (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, projectId);
            insert.setLong(2, programmeId);
            insert.setBoolean(3, eligible);
            insert.setObject(4, checkedBy);
            insert.setObject(5, StoredTime.toDb(at));
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (int i = 0; i < reasons.size(); i++) {
            EligibilityResult.Reason reason = reasons.get(i);
            jdbc.update("insert into eligibility_reason (check_id, position, rule, passed, found, required, criterion_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", id, i, reason.rule().name(), reason.passed(), reason.found(),
                    reason.required(), reason.criterionId());
        }
        return id;
    }

    /** Newest first. */
    List<EligibilityResult> checks(long projectId) {
        return jdbc.query("select id, programme_id, eligible, checked_at from eligibility_check where project_id = ? "
                + "order by checked_at desc, id desc", (rs, row) -> new EligibilityResult(rs.getLong(1), projectId,
                        rs.getLong(2), rs.getBoolean(3), Objects.requireNonNull(StoredTime.read(rs, "checked_at")),
                        reasons(rs.getLong(1))), projectId);
    }

    private List<EligibilityResult.Reason> reasons(long checkId) {
        return jdbc.query("select rule, passed, found, required, criterion_id from eligibility_reason where check_id = ? "
                + "order by position", (rs, row) -> new EligibilityResult.Reason(
                        EligibilityResult.Rule.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), (Long) rs.getObject(5, Long.class)), checkId);
    }

    long addLine(long projectId, String name, SourceType type, BigDecimal amount, LineStatus status, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into funding_line (project_id, source_name, "
                    + "source_type, amount, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, projectId);
            insert.setString(2, name);
            insert.setString(3, type.name());
            insert.setBigDecimal(4, amount);
            insert.setString(5, status.name());
            insert.setObject(6, StoredTime.toDb(at));
            insert.setObject(7, StoredTime.toDb(at));
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The line's project and status. */
    Optional<LineRef> line(long lineId) {
        return jdbc.query("select project_id, status from funding_line where id = ?", (rs, row) -> new LineRef(
                rs.getLong(1), LineStatus.valueOf(rs.getString(2))), lineId).stream().findFirst();
    }

    /** Moves the line only from the status the caller saw; false if it changed meanwhile. */
    boolean moveLine(long lineId, LineStatus from, LineStatus to, Instant at) {
        return jdbc.update("update funding_line set status = ?, updated_at = ? where id = ? and status = ?", to.name(),
                StoredTime.toDb(at), lineId, from.name()) == 1;
    }

    /** Corrects a line only while it is requested; false if it was committed or refused meanwhile. */
    boolean correctLine(long lineId, String name, SourceType type, BigDecimal amount, Instant at) {
        return jdbc.update("update funding_line set source_name = ?, source_type = ?, amount = ?, updated_at = ? "
                + "where id = ? and status = ?", name, type.name(), amount, StoredTime.toDb(at), lineId,
                LineStatus.REQUESTED.name()) == 1;
    }

    List<FundingPlan.Line> lines(long projectId) {
        return jdbc.query("select id, source_name, source_type, amount, status, updated_at from funding_line "
                + "where project_id = ? order by id", (rs, row) -> new FundingPlan.Line(rs.getLong(1), rs.getString(2),
                        SourceType.valueOf(rs.getString(3)), rs.getBigDecimal(4), LineStatus.valueOf(rs.getString(5)),
                        Objects.requireNonNull(StoredTime.read(rs, "updated_at"))), projectId);
    }

    record LineRef(long projectId, LineStatus status) {
    }
}
