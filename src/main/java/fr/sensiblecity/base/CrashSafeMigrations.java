package fr.sensiblecity.base;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * MariaDB commits each DDL statement at once, so an instance killed in the middle of a migration leaves part of
 * it applied and no row in Flyway's history; the next start ran the whole file again and stopped at the first
 * "already exists". Migrations V1 to V21 were therefore rewritten to be re-runnable ({@code if not exists},
 * {@code insert ignore}), which changed their Flyway checksums.
 *
 * <p>An installation that applied the original files would fail Flyway's validation for that reason alone. Before
 * migrating, the checksum recorded for such a migration is replaced by the rewritten file's, but only when the
 * recorded one is exactly the checksum of the file as it was released: any other difference (a file edited by
 * hand, a migration that did not come from us) still fails validation as before. Each replacement is logged, and
 * nothing else in the history is touched (a failed migration still needs the operator: see the README).
 */
@Configuration(proxyBeanMethods = false)
class CrashSafeMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafeMigrations.class);

    /** Version → Flyway checksum of the migration as released before it was made re-runnable. */
    static final Map<String, Integer> RELEASED = Map.ofEntries(
            Map.entry("1", -2073168453),
            Map.entry("2", -1002130121),
            Map.entry("3", -2071443065),
            Map.entry("4", 1252487580),
            Map.entry("5", 1724700038),
            Map.entry("6", 2139088414),
            Map.entry("7", -874141168),
            Map.entry("8", -1115888632),
            Map.entry("9", 1382964545),
            Map.entry("10", 1139013253),
            Map.entry("11", 999118247),
            Map.entry("12", 1059657337),
            Map.entry("13", -532976123),
            Map.entry("14", 1212471661),
            Map.entry("16", 2094029452),
            Map.entry("17", 1616213316),
            Map.entry("18", 475706589),
            Map.entry("19", 937215054),
            Map.entry("20", -1425345465),
            Map.entry("21", 1883816321));

    @Bean
    FlywayMigrationStrategy migrateAcceptingTheRerunnableRewrites() {
        return flyway -> {
            acceptRewrites(flyway);
            flyway.migrate();
        };
    }

    static int acceptRewrites(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        String history = flyway.getConfiguration().getTable();
        int accepted = 0;
        for (MigrationInfo migration : flyway.info().applied()) {
            if (migration.getVersion() == null) {
                continue;
            }
            String version = migration.getVersion().getVersion();
            Integer released = RELEASED.get(version);
            Integer rewritten = migration.getResolvedChecksum();
            if (released == null || rewritten == null || rewritten.equals(released)
                    || !released.equals(migration.getAppliedChecksum())) {
                continue;
            }
            int rows = new JdbcTemplate(dataSource).update("update " + history + " set checksum = ? "
                    + "where version = ? and checksum = ?", rewritten, version, released);
            if (rows > 0) {
                LOG.warn("Migration V{} was applied from its original file, since rewritten to be re-runnable after a "
                        + "crash with the same effect: its recorded checksum {} becomes {}", version, released, rewritten);
                accepted += rows;
            }
        }
        return accepted;
    }
}
