package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The job locks on the embedded database of a single instance (H2 in MariaDB mode, migrated by V21), where the
 * two-instance tests on MariaDB do not go: a held lock refuses a second taker, lockAtLeastFor outlives the run.
 */
class SchedulingLocksTest {

    @Test
    void on_the_embedded_database_a_held_job_lock_refuses_a_second_instance_until_released() throws Exception {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:locks;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        new JdbcTemplate(h2).execute(new ClassPathResource("db/migration/V21__shedlock.sql")
                .getContentAsString(StandardCharsets.UTF_8));
        LockProvider instanceA = new SchedulingLocks().lockProvider(h2);
        LockProvider instanceB = new SchedulingLocks().lockProvider(h2);

        SimpleLock held = instanceA.lock(job(Duration.ZERO)).orElseThrow();
        assertThat(instanceB.lock(job(Duration.ZERO))).isEmpty();
        held.unlock();
        SimpleLock taken = instanceB.lock(job(Duration.ofMinutes(5))).orElseThrow();
        taken.unlock();
        Optional<SimpleLock> tooSoon = instanceA.lock(job(Duration.ZERO));
        assertThat(tooSoon).as("lockAtLeastFor keeps the job taken after a short run").isEmpty();
    }

    private static LockConfiguration job(Duration atLeast) {
        return new LockConfiguration(Instant.now(), "daily-digest", Duration.ofMinutes(10), atLeast);
    }
}
