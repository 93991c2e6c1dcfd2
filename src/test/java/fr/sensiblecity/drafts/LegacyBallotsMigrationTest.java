package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation that voted before ballots were secret: V51 to V54 move who voted to the register and what was
 * chosen to the box, with nothing linking them, and drop the old table. Runs Flyway alone on a database of its own
 * (the test database's name followed by {@code _ballots}), dropped after.
 */
class LegacyBallotsMigrationTest {

    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]+)(\\?.*)?");

    private static String database;
    private static DriverManagerDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void freshDatabase() {
        Matcher test = MARIADB_URL.matcher(System.getProperty("test.db.url",
                "jdbc:mariadb://127.0.0.1:3306/sensible_city_test?sslMode=disable&createDatabaseIfNotExist=true"));
        assertThat(test.matches()).as("a MariaDB test database").isTrue();
        database = test.group(2) + "_ballots";
        String url = test.group(1) + database + (test.group(3) == null ? "?createDatabaseIfNotExist=true" : test.group(3));
        dataSource = new DriverManagerDataSource(url, System.getProperty("test.db.user", "root"),
                System.getProperty("test.db.password", ""));
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop database if exists `" + database + "`");
        jdbc.execute("create database if not exists `" + database + "`");
    }

    @AfterAll
    static void dropDatabase() {
        if (jdbc != null) {
            jdbc.execute("drop database if exists `" + database + "`");
        }
    }

    @Test
    void old_ballots_are_split_into_a_register_and_a_box_that_nothing_links() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("50").load().migrate();
        jdbc.update("insert into draft (id, title, question, authority, phase, amendment_percent, amendment_base, "
                + "amendment_strict, recommend_percent, recommend_base, ballot_salt, chain_seq, chain_head, created_at) "
                + "values (7, 'Accueil', 'Comment accueillir ?', 'La mairie', 'DELIBERATION', 50, 'CAST', true, 80, 'CAST', "
                + "'salt', 3, 'old-head', '2026-01-01 00:00:00')");
        Object[][] old = {{1, 41L, "FOR"}, {2, 42L, "AGAINST"}, {3, 43L, "FOR"}};
        for (Object[] ballot : old) {
            jdbc.update("insert into ballot (draft_id, seq, subject_type, subject_id, voter_key, voter_id, choice, cast_at, "
                    + "prev_hash, hash) values (7, ?, 'R', 99, ?, ?, ?, '2026-01-02 10:00:00', '', ?)", ballot[0],
                    "key-" + ballot[1], ballot[1], ballot[2], "hash-" + ballot[0]);
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("select voter_id from ballot_register where subject_type = 'R' and subject_id = 99 "
                + "order by voter_id", Long.class)).containsExactly(41L, 42L, 43L);
        List<Map<String, Object>> box = jdbc.queryForList("select * from ballot_box where subject_id = 99");
        assertThat(box).extracting(row -> (String) row.get("choice")).containsExactlyInAnyOrder("FOR", "AGAINST", "FOR");
        assertThat(box).extracting(row -> (String) row.get("id")).doesNotHaveDuplicates()
                .as("a box id is random: neither a voter's key nor a voter's id")
                .noneMatch(id -> id.contains("key-") || List.of("41", "42", "43").contains(id));
        assertThat(box.getFirst().keySet()).map(String::toLowerCase)
                .containsExactlyInAnyOrder("subject_type", "subject_id", "id", "draft_id", "choice");
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = database() "
                + "and lower(table_name) = 'ballot'")).as("the old table is gone").isEmpty();
        assertThat(jdbc.queryForMap("select chain_seq, chain_head from draft where id = 7"))
                .as("the chain restarts, to link seals").containsValues(0L, "");
    }
}
