package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.ideas.TrailCheck;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * 64 residents at once support one hot idea, 50,000 times, through {@link SupportService}; then the same
 * inserts and count updates in plain JDBC, the floor of what exact counting costs on this database.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=${bench.supports.pool:64}",
        "spring.datasource.hikari.minimum-idle=0"})
@ActiveProfiles("bench")
@EnabledIfSystemProperty(named = "bench", matches = "all|supports")
@DirtiesContext // closes the pool: the MariaDB server is shared, and max_connections is 151
class SupportsBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.supports.clients", 64);
    private static final int SUPPORTS = Integer.getInteger("bench.supports.count", 50_000);
    private static final int WARM_UP = Math.min(SUPPORTS, 5_000);

    @Autowired
    SupportService supports;

    @Autowired
    IdeaService ideas;

    @Autowired
    TerritoryService territories;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource pool;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void supports_on_one_hot_idea() throws Exception {
        long began = System.nanoTime();
        Stage stage = stage();
        Bench.note("supports: %,d residents and 3 ideas ready in %.1f s", stage.residents().length, seconds(began));

        throughApplication(stage.warmUpIdea(), stage.residents(), WARM_UP);
        CpuClock cpu = new CpuClock();
        Cost appCost = Cost.start(cpu);
        Run app = throughApplication(stage.hotIdea(), stage.residents(), SUPPORTS);
        appCost = appCost.stop(SUPPORTS);
        pool.getHikariPoolMXBean().softEvictConnections(); // the JDBC clients bring their own 64 connections
        Cost rawCost = Cost.start(cpu);
        Run raw = throughJdbc(stage.rawIdea(), stage.residents(), SUPPORTS);
        rawCost = rawCost.stop(SUPPORTS);

        Counts appCounts = counts(stage.hotIdea());
        Counts rawCounts = counts(stage.rawIdea());
        TrailCheck trail = supports.checkTrail(stage.hotIdea());
        Bench.report("supports", "app_per_s", app.perSecond(), "jdbc_per_s", raw.perSecond(), "p99_ms", app.p99Ms(),
                "lost", appCounts.lost(), "duplicated", appCounts.duplicated(), "app_vs_jdbc", app.perSecond() / raw.perSecond(),
                "p50_ms", Bench.percentileMs(app.latencies(), 50), "jdbc_p99_ms", raw.p99Ms(), "clients", CLIENTS,
                "pool", pool.getMaximumPoolSize(), "supports", SUPPORTS, "errors", app.errors() + raw.errors(),
                "chain", trail.consistent() ? "intact" : "BROKEN", "app_jvm_cpu_us", appCost.jvmMicros(),
                "app_db_cpu_us", appCost.serverMicros(), "jdbc_jvm_cpu_us", rawCost.jvmMicros(), "jdbc_db_cpu_us",
                rawCost.serverMicros());
        Bench.note("supports: done in %.1f s", seconds(began));

        assertThat(app.firstError()).as("first refused support through the application").isNull();
        assertThat(raw.firstError()).as("first failed JDBC insert").isNull();
        assertThat(appCounts.lost() + appCounts.duplicated()).as("lost or duplicated supports (application)").isZero();
        assertThat(rawCounts.lost() + rawCounts.duplicated()).as("lost or duplicated supports (JDBC)").isZero();
        assertThat(appCounts.stored()).as("supports stored (application)").isEqualTo(SUPPORTS);
        assertThat(rawCounts.stored()).as("supports stored (JDBC)").isEqualTo(SUPPORTS);
        assertThat(trail.consistent()).as("hash chain of the hot idea").isTrue();
    }

    /** A large town (maturity at 1,200 supports), the residents who support, and three ideas by one of them. */
    private Stage stage() {
        Bench.wipe(jdbc);
        Actors.system();
        TerritorySummary town = territories.createTerritory(new TerritoryForm("Bench-sur-Sorne", "99900", 120_000, 2023,
                false, List.of()));
        long[] residents = residents(SUPPORTS + 1);
        Actors.resident(residents[SUPPORTS]);
        long theme = territories.listActiveThemes().getFirst().id();
        Stage stage = new Stage(residents, ideas.submitIdea(idea("échauffement", theme, town)),
                ideas.submitIdea(idea("l'idée du moment", theme, town)), ideas.submitIdea(idea("le plancher JDBC", theme, town)));
        Actors.clear();
        return stage;
    }

    private Run throughApplication(long ideaId, long[] residents, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        return clients(latencies, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                Actors.resident(residents[i]);
                long start = System.nanoTime();
                supports.support(ideaId);
                latencies[i] = System.nanoTime() - start;
            }
            Actors.clear();
        });
    }

    /**
     * The floor, without the application around it: 64 connections of its own, each locks the count (update first,
     * so that the foreign key check of the insert needs no lock upgrade), inserts the support, commits.
     */
    private Run throughJdbc(long ideaId, long[] residents, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        AtomicInteger client = new AtomicInteger();
        try {
            return clients(latencies, () -> {
                Connection connection = connections.get(client.getAndIncrement());
                try (PreparedStatement bump = connection.prepareStatement(
                        "update idea set support_count = support_count + 1 where id = ?");
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into idea_support (idea_id, resident_id, created_at) values (?, ?, ?)")) {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        bump.setLong(1, ideaId);
                        bump.executeUpdate();
                        insert.setLong(1, ideaId);
                        insert.setLong(2, residents[i]);
                        insert.setTimestamp(3, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                        connection.commit();
                        latencies[i] = System.nanoTime() - start;
                    }
                }
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private Run clients(long[] latencies, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    work.run();
                } catch (Throwable failure) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failure);
                }
                return null;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> done : running) {
            done.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return new Run(latencies.length, elapsed, latencies, errors.get(), firstError.get());
    }

    private long[] residents(int count) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"bench-" + i, "Résident " + i, now});
        }
        for (int from = 0; from < count; from += 5_000) {
            jdbc.batchUpdate("insert into resident (issuer, subject, display_name, created_at) values ('bench', ?, ?, ?)",
                    rows.subList(from, Math.min(count, from + 5_000)));
        }
        return jdbc.queryForList("select id from resident where issuer = 'bench' order by id", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
    }

    private Counts counts(long ideaId) {
        int shown = jdbc.queryForObject("select support_count from idea where id = ?", Integer.class, ideaId);
        int stored = jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Integer.class, ideaId);
        return new Counts(shown, stored);
    }

    private static IdeaForm idea(String name, long theme, TerritorySummary city) {
        return new IdeaForm("Banc d'essai : " + name, "Une idée créée par le banc d'essai des soutiens, pour mesurer "
                + "combien de soutiens par seconde une idée très suivie encaisse.", theme, city.id(), null);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private record Stage(long[] residents, long warmUpIdea, long hotIdea, long rawIdea) {
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private record Run(int count, long elapsedNanos, long[] latencies, int errors, Throwable firstError) {

        double perSecond() {
            return count * 1e9 / elapsedNanos;
        }

        double p99Ms() {
            return Bench.percentileMs(latencies, 99);
        }
    }

    /** CPU per support, in microseconds, of this JVM and of the database server ("n/a" if it is not local). */
    private record Cost(CpuClock cpu, long jvm, long server, long count) {

        static Cost start(CpuClock cpu) {
            return new Cost(cpu, cpu.jvmNanos(), cpu.serverNanos().orElse(-1), 0);
        }

        Cost stop(long supports) {
            long serverNow = cpu.serverNanos().orElse(-1);
            return new Cost(cpu, cpu.jvmNanos() - jvm, server < 0 || serverNow < 0 ? -1 : serverNow - server, supports);
        }

        long jvmMicros() {
            return jvm / 1_000 / count;
        }

        Object serverMicros() {
            return server < 0 ? "n/a" : server / 1_000 / count;
        }
    }

    /** Supports shown on the idea against rows stored: more rows is a lost update, fewer is a duplicate. */
    private record Counts(int shown, int stored) {

        int lost() {
            return Math.max(0, stored - shown);
        }

        int duplicated() {
            return Math.max(0, shown - stored);
        }
    }
}
