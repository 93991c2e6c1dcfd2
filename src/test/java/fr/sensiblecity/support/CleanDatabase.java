package fr.sensiblecity.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties what tests create, so each test starts from the migrated schema with only the default themes.
 * Tests run one at a time against the shared test database, so wiping between them is safe.
 *
 * <p>The tables are read from the schema at each wipe, not listed by hand: a table added by a new migration is
 * emptied too without anyone remembering to add it here. Only the exceptions below are named, each with its
 * reason; everything else loses every row.
 */
@Component
public class CleanDatabase {

    /** Tables left exactly as they are. */
    private static final Map<String, String> KEPT = Map.of(
            "flyway_schema_history", "Flyway's own record of the migrations",
            "audit_entry", "the audit trail is an append-only hash chain that tests verify as a whole",
            "audit_head", "the audit trail's head, which must match its entries",
            "email_signing_key", "the unsubscribe links' key, made once per database and read by running contexts",
            // Scheduled-job locks are released, not deleted: ShedLock remembers which rows exist and would not
            // recreate a deleted one until restart. A test calling a job then finds it free, whatever ran before.
            "shedlock", "released below instead");

    /**
     * Tables whose rows a migration seeded: only what tests added goes (tests name what they add 'test-...').
     * Run before the other deletes, since foreign keys are not checked (so do not cascade) during the wipe.
     */
    private static final List<String> SEEDED = List.of(
            "delete from programme_theme where programme_id in (select id from funding_programme where code like 'test-%') "
                    + "or theme_id in (select id from theme where code like 'test-%')",
            "delete from programme_criterion where programme_id in "
                    + "(select id from funding_programme where code like 'test-%')",
            "delete from funding_programme where code like 'test-%'",
            "delete from project_label where name <> 'Territoire French Impact'",
            "delete from theme where code like 'test-%'");

    private static final Set<String> PARTLY_KEPT = Set.of(
            "programme_theme", "programme_criterion", "funding_programme", "project_label", "theme");

    private final JdbcTemplate jdbc;
    private final CacheManager caches;

    CleanDatabase(JdbcTemplate jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    public void wipe() {
        letListenersFinish();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            wipe(connection);
            return null;
        });
        jdbc.update("update shedlock set lock_until = locked_at");
        // Rows went behind the services' backs: what they keep for a few seconds (territories, themes) goes too.
        caches.getCacheNames().forEach(name -> java.util.Optional.ofNullable(caches.getCache(name))
                .ifPresent(org.springframework.cache.Cache::clear));
    }

    /**
     * On one connection, because switching foreign key checks off lasts for the session: rows that refer to
     * each other (replies to comments, merged ideas) then go in any order.
     */
    private static void wipe(Connection connection) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        try (Statement statement = connection.createStatement()) {
            statement.execute(h2 ? "set referential_integrity false" : "set foreign_key_checks = 0");
            try {
                for (String delete : SEEDED) {
                    statement.executeUpdate(delete);
                }
                for (String table : tables(connection)) {
                    String name = table.toLowerCase(Locale.ROOT);
                    if (!KEPT.containsKey(name) && !PARTLY_KEPT.contains(name)) {
                        statement.executeUpdate("delete from " + table);
                    }
                }
            } finally {
                statement.execute(h2 ? "set referential_integrity true" : "set foreign_key_checks = 1");
            }
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /**
     * The previous test's listeners between modules may still run in the background: give them a few seconds,
     * so that they do not write into the next test's data. One that failed is not waited for.
     */
    private void letListenersFinish() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && inFlight() > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long inFlight() {
        Long count = jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is null "
                + "and (status is null or status <> 'FAILED')", Long.class);
        return count == null ? 0 : count;
    }
}
