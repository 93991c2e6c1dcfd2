package fr.sensiblecity.residents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Searches every table of the test database, column by column, for what identifies a resident: for the erasure
 * tests, which must find it before and nowhere after.
 */
@Component
class PersonalDataSearch {

    /** The trails that the tombstone keeps verifiable: her supports, their hash-chained events, the audit trail. */
    private static final Set<String> TRAILS = Set.of("idea_support.resident_id", "idea_support_event.resident_id",
            "audit_entry.actor_id");

    private final JdbcTemplate jdbc;

    PersonalDataSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every text column of every table holding the string, as {@code table.column}. */
    List<String> tablesContaining(String text) {
        return jdbc.queryForList("select table_name, column_name from information_schema.columns where table_schema = "
                + "database() and data_type in ('varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext')")
                .stream().filter(column -> count(column, "like", "%" + text + "%") > 0).map(PersonalDataSearch::named)
                .toList();
    }

    /**
     * Every column that names a resident by number (those with a foreign key to {@code resident}, and those that
     * name a person without one), in any module's table, still holding this one, except the trails. A panel's
     * {@code volunteer_id} numbers a volunteer, not a resident: {@code panel_volunteer.resident_id} covers them.
     */
    List<String> columnsNaming(long residentId) {
        return jdbc.queryForList("select table_name, column_name from information_schema.key_column_usage where "
                + "table_schema = database() and referenced_table_name = 'resident' union select table_name, column_name "
                + "from information_schema.columns where table_schema = database() and column_name in ('resident_id', "
                + "'author_id', 'reporter_id', 'actor_id', 'member_id', 'pledger_id', 'proposer_id', 'voter_id', "
                + "'checked_by', 'added_by', 'facilitator_id')").stream()
                .filter(column -> !TRAILS.contains(named(column)))
                .filter(column -> count(column, "=", residentId) > 0)
                .map(PersonalDataSearch::named).distinct().sorted().toList();
    }

    private int count(Map<String, Object> column, String operator, Object value) {
        Integer found = jdbc.queryForObject("select count(*) from `" + column.get("table_name") + "` where `"
                + column.get("column_name") + "` " + operator + " ?", Integer.class, value);
        return found == null ? 0 : found;
    }

    private static String named(Map<String, Object> column) {
        return column.get("table_name") + "." + column.get("column_name");
    }
}
