package fr.sensiblecity.support;

import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a concurrency test hold a transaction open until another thread has either finished or is blocked on a row
 * lock in this test database, so that races are played in a chosen order rather than left to timing.
 */
@Component
public class LockWaits {

    private static final long GIVE_UP_MILLIS = 60_000;

    private final JdbcTemplate jdbc;

    LockWaits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns once {@code work} is done or some transaction of this database waits for a lock. */
    public void untilDoneOrBlocked(Future<?> work) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (!work.isDone() && !someoneWaits()) {
            if (System.currentTimeMillis() > giveUp) {
                throw new IllegalStateException("the other thread neither finished nor waited for a lock");
            }
            Thread.sleep(5);
        }
    }

    private boolean someoneWaits() {
        // Other test runs share the server: count only the sessions on our own database.
        Integer waiting = jdbc.queryForObject("select count(*) from information_schema.innodb_trx t "
                + "join information_schema.processlist p on p.id = t.trx_mysql_thread_id "
                + "where t.trx_state = 'LOCK WAIT' and p.db = database()", Integer.class);
        return waiting != null && waiting > 0;
    }
}
