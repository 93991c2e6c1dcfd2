package fr.sensiblecity.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction of the test's own, run on a thread of its own and held open, with the row locks it took, until the
 * test commits it: races are then played in a chosen order instead of left to timing. Every wait is bounded, so a
 * test that goes wrong fails with a sentence rather than hangs; {@link #close()} lets the transaction go (rolled
 * back unless committed) whatever happened.
 */
public final class HeldTransaction implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch commit = new CountDownLatch(1);
    private final Future<?> done;
    private volatile long connectionId;
    private volatile boolean committing;
    private volatile Throwable stepFailure;

    private HeldTransaction(PlatformTransactionManager transactions, JdbcTemplate jdbc, Runnable step) {
        this.jdbc = jdbc;
        this.done = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Actors.clear();
            connectionId = jdbc.queryForObject("select connection_id()", Long.class);
            try {
                step.run();
            } catch (RuntimeException | Error failed) {
                stepFailure = failed;
                throw failed;
            } finally {
                ready.countDown();
            }
            try {
                if (!commit.await(PATIENCE.toSeconds(), TimeUnit.SECONDS) || !committing) {
                    status.setRollbackOnly();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                status.setRollbackOnly();
            } finally {
                Actors.clear();
            }
        }));
    }

    /** Runs {@code step} in a new transaction (of the application's pool) and returns once it ran, uncommitted. */
    public static HeldTransaction open(PlatformTransactionManager transactions, JdbcTemplate jdbc, Runnable step) {
        HeldTransaction held = new HeldTransaction(transactions, jdbc, step);
        try {
            if (!held.ready.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the held transaction's first step did not finish within " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            if (held.ready.getCount() > 0 || held.stepFailure != null) {
                held.close();
            }
        }
        if (held.stepFailure != null) {
            throw new AssertionError("the held transaction's first step failed", held.stepFailure);
        }
        return held;
    }

    /**
     * Returns once {@code other} has finished or some transaction waits for a row lock in this test database (read in
     * InnoDB's status, which is written afresh for each reader: the {@code information_schema.innodb_trx} view is
     * refreshed only after nobody on the whole server read it for 100 ms, so while another test polls it, it shows the
     * same moment for ever). Only the races a test stages take locks on its own database.
     */
    public void untilDoneOrWaitingForALock(Future<?> other) throws InterruptedException {
        String tables = "of table `" + jdbc.queryForObject("select database()", String.class) + "`.";
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!other.isDone() && !someoneWaits(tables)) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the other thread neither finished nor waited for a lock within " + PATIENCE
                        + "; sessions: " + sessions() + "; threads: " + applicationThreads());
            }
            Thread.sleep(20);
        }
    }

    /** Commits, and returns once the commit is done. */
    public void commit() throws Exception {
        committing = true;
        commit.countDown();
        try {
            done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the held transaction did not commit within " + PATIENCE, e);
        }
    }

    @Override
    public void close() {
        commit.countDown();
        try {
            done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Closing only lets go: what went wrong was reported by open or commit.
        } finally {
            thread.shutdownNow();
        }
    }

    private String sessions() {
        return jdbc.queryForList("select id, command, time, state, info from information_schema.processlist "
                + "where db = database() and command <> 'Sleep'").toString() + " (held: " + connectionId + ")";
    }

    private static String applicationThreads() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (java.util.Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("fr.sensiblecity."))) {
                out.append('\n').append(thread.getName());
                java.util.Arrays.stream(stack).limit(40).forEach(frame -> out.append("\n    at ").append(frame));
            }
        });
        return out.toString();
    }

    private boolean someoneWaits(String tablesOfThisDatabase) {
        String status = jdbc.query("show engine innodb status", rs -> rs.next() ? rs.getString("Status") : "");
        for (String transaction : (status == null ? "" : status).split("\n---TRANSACTION ")) {
            if (transaction.contains("\nLOCK WAIT ") && transaction.contains(tablesOfThisDatabase)) {
                return true;
            }
        }
        return false;
    }
}
