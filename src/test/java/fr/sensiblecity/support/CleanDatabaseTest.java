package fr.sensiblecity.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The wipe between tests follows the schema, so that no test inherits rows that a forgotten table kept. */
@MariaDbTest
class CleanDatabaseTest {

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void dropTheNewTable() {
        jdbc.execute("drop table if exists wipe_probe_child");
        jdbc.execute("drop table if exists wipe_probe");
    }

    @Test
    void a_table_that_a_new_migration_adds_is_emptied_without_being_named() {
        // Two new tables, one referring to the other: the wipe must not trip over the foreign key either.
        jdbc.execute("create table wipe_probe (id bigint primary key, label varchar(20) not null)");
        jdbc.execute("create table wipe_probe_child (id bigint primary key, parent_id bigint not null, "
                + "constraint fk_wipe_probe_child foreign key (parent_id) references wipe_probe (id))");
        jdbc.update("insert into wipe_probe (id, label) values (1, 'left over')");
        jdbc.update("insert into wipe_probe_child (id, parent_id) values (1, 1)");

        database.wipe();

        assertThat(jdbc.queryForObject("select count(*) from wipe_probe", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from wipe_probe_child", Long.class)).isZero();
    }

    @Test
    void what_the_migrations_seeded_survives_and_what_tests_added_beside_it_goes() {
        jdbc.update("insert into theme (code, name_fr, name_en, active) values ('test-wipe', 'Essai', 'Trial', true)");
        jdbc.update("insert into project_label (name, details) values ('Label d''essai', '')");

        database.wipe();

        assertThat(jdbc.queryForList("select code from theme", String.class))
                .hasSize(10).doesNotContain("test-wipe");
        assertThat(jdbc.queryForList("select name from project_label", String.class))
                .containsExactly("Territoire French Impact");
        assertThat(jdbc.queryForList("select code from funding_programme", String.class)).containsExactly("rural-cluster");
        assertThat(jdbc.queryForObject("select count(*) from programme_theme", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from programme_criterion", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Long.class)).isPositive();
    }
}
