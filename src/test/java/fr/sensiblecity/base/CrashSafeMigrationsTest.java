package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An instance killed in the middle of a migration on MariaDB (each DDL statement commits at once) leaves part of
 * it applied and nothing in Flyway's history. Here, on a fresh database, every migration in turn finds the first
 * half of its statements already applied (run by hand just before it) when Flyway runs it in full; then the
 * application starts on the result. The database is the test database's name followed by {@code _halfway}, dropped after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafeMigrationsTest {

    /** The migrations released before they were made re-runnable: V1 to V21. */
    private static final int LAST_REWRITTEN = 21;

    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]+)(\\?.*)?");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private static String url;
    private static String database;
    private static DriverManagerDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void freshDatabase() {
        Matcher test = MARIADB_URL.matcher(System.getProperty("test.db.url",
                "jdbc:mariadb://127.0.0.1:3306/sensible_city_test?sslMode=disable&createDatabaseIfNotExist=true"));
        assertThat(test.matches()).as("a MariaDB test database").isTrue();
        database = test.group(2) + "_halfway";
        url = test.group(1) + database + (test.group(3) == null ? "?createDatabaseIfNotExist=true" : test.group(3));
        dataSource = new DriverManagerDataSource(url, System.getProperty("test.db.user", "root"),
                System.getProperty("test.db.password", ""));
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop database if exists `" + database + "`");
        jdbc.execute("create database if not exists `" + database + "`"); // the URL may create it on connecting
    }

    @AfterAll
    static void dropDatabase() {
        if (jdbc != null) {
            jdbc.execute("drop database if exists `" + database + "`");
        }
    }

    @Test
    @Order(1)
    void every_migration_left_half_applied_by_a_crash_runs_again_and_the_application_starts() throws IOException {
        List<Resource> migrations = migrations();
        assertThat(migrations).hasSizeGreaterThanOrEqualTo(20);
        Set<String> halfApplied = new TreeSet<>();
        // Flyway's history table exists before the first migration runs, as when an instance dies: Flyway creates
        // it first. Just before each migration, what had committed when the instance died is already there.
        Callback crashedBefore = new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_EACH_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                String script = context.getMigrationInfo().getScript();
                try (Statement statement = context.getConnection().createStatement()) {
                    ClassPathResource common = new ClassPathResource("db/migration/" + script);
                    List<String> statements = statements((common.exists() ? common
                            : new ClassPathResource("db/vendor/mariadb/" + script)).getContentAsString(StandardCharsets.UTF_8));
                    // The first half, or the only statement, committed without its row in the history.
                    for (String committed : statements.subList(0, (statements.size() + 1) / 2)) {
                        statement.execute(committed);
                    }
                } catch (IOException | SQLException failed) {
                    throw new IllegalStateException(script, failed);
                }
                halfApplied.add(script);
            }

            @Override
            public String getCallbackName() {
                return "crashed-before";
            }
        };

        flyway().callbacks(crashedBefore).load().migrate();

        assertThat(halfApplied).hasSameSizeAs(migrations);
        assertThat(flyway().load().info().pending()).isEmpty();

        try (ConfigurableApplicationContext started = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("test.db.user", "root"),
                        "--spring.datasource.password=" + System.getProperty("test.db.password", ""))) {
            assertThat(started.isRunning()).isTrue();
            assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from theme", Long.class))
                    .as("the default themes, once each").isEqualTo(10);
            assertThat(jdbc.queryForObject("select count(*) from programme_criterion", Long.class)).isEqualTo(2);
        }
    }

    @Test
    @Order(2)
    void an_installation_that_applied_the_released_files_starts_with_the_rewritten_ones() {
        Flyway flyway = flyway().load();
        for (MigrationInfo applied : flyway.info().applied()) {
            String version = applied.getVersion().getVersion();
            if (Integer.parseInt(version) > LAST_REWRITTEN) {
                // Written re-runnable from the start: its released checksum is its checksum.
                continue;
            }
            assertThat(CrashSafeMigrations.RELEASED).as("the released checksum of V" + version).containsKey(version);
            jdbc.update("update flyway_schema_history set checksum = ? where version = ?",
                    CrashSafeMigrations.RELEASED.get(version), version);
        }
        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);

        assertThat(CrashSafeMigrations.acceptRewrites(flyway)).isPositive();

        flyway.validate();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    @Order(3)
    void a_migration_changed_in_any_other_way_still_fails_validation() {
        Flyway flyway = flyway().load();
        jdbc.update("update flyway_schema_history set checksum = 12345 where version = '7'");

        assertThat(CrashSafeMigrations.acceptRewrites(flyway)).isZero();

        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration",
                "classpath:db/vendor/mariadb");
    }

    private static List<Resource> migrations() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        return java.util.stream.Stream.concat(Arrays.stream(resolver.getResources("classpath:db/migration/V*.sql")),
                Arrays.stream(resolver.getResources("classpath:db/vendor/mariadb/V*.sql")))
                .sorted(Comparator.comparingInt(resource -> Integer.parseInt(version(resource))))
                .toList();
    }

    private static String version(Resource migration) {
        Matcher name = VERSIONED.matcher(migration.getFilename());
        assertThat(name.matches()).as(migration.getFilename()).isTrue();
        return name.group(1);
    }

    /** Our migrations hold no semicolon inside a statement, and comments only on lines of their own. */
    private static List<String> statements(String script) {
        String code = script.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (all, line) -> all + line + "\n");
        return Arrays.stream(code.split(";\\s*\n")).map(String::strip).filter(statement -> !statement.isEmpty()).toList();
    }
}
