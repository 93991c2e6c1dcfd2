package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The local cluster of {@code cluster/start} (three Galera nodes, two app instances, HAProxy, the machine's Redis)
 * under a storm of supports on one idea, each by a different resident, while one app instance and then the Galera
 * node that takes the writes are killed with SIGKILL. Clients retry a failed support (HAProxy may send the retry to
 * the other instance); "already supported" on a retry means the first try was stored, and counts as success.
 * <p>
 * The instances run from the test classpath, so that {@link BenchApi} answers them, under the profiles
 * {@code prod,cluster,bench-api}. Before the storm, a Chromium page open on instance B watches the count of a probe
 * idea while single supports go through instance A: the time until B shows them is the cross-node delay.
 */
@EnabledIfSystemProperty(named = "bench", matches = "all|cluster")
class ClusterBenchmark {

    private static final int SUPPORTS = Integer.getInteger("bench.cluster.supports", 20_000);
    private static final int CLIENTS = Integer.getInteger("bench.cluster.clients", 48);
    private static final int PROBES = Integer.getInteger("bench.cluster.probes", 30);
    private static final int SAME_NODE_PROBES = 10;
    /** Probes that miss in a row before the cross-node measurement gives up (a build without cross-node updates). */
    private static final int MISSES_TO_GIVE_UP = 5;
    private static final Duration PROBE_WAIT = Duration.ofSeconds(3);
    /** A support that still fails after this long is given up, and counted as unacknowledged. */
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RUN = ROOT.resolve("target/cluster-bench");
    private static final int PORT_A = 8081;
    private static final int PORT_B = 8082;
    private static final String DB_URL = "jdbc:mariadb:sequential://127.0.0.1:13306,127.0.0.1:13307,127.0.0.1:13308/"
            + "sensible_city?sslMode=disable&connectTimeout=3000";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void no_acknowledged_support_is_lost_when_an_instance_and_a_database_node_die() throws Exception {
        long began = System.nanoTime();
        try {
            cluster("stop"); // what an interrupted run may have left
            cluster("start", "--fresh");
            int haproxy = Integer.parseInt(Files.readString(RUN.resolve("http.port")).trim());
            Bench.note("cluster: started in %.0f s, HAProxy on %d", seconds(began), haproxy);

            Stage stage = stage();
            Live live = liveAcrossInstances(stage);
            Storm storm = storm(stage, "http://127.0.0.1:" + haproxy);
            Verdict verdict = verdict(stage, storm);

            Bench.report("cluster", "instances", 2, "supports", SUPPORTS, "acknowledged_lost", verdict.acknowledgedLost(),
                    "lost", verdict.lost(), "duplicated", verdict.duplicated(), "cross_node_live_p95_ms", live.crossP95(),
                    "app_node_killed", storm.appKilledAt() > 0 ? 1 : 0, "db_node_killed", storm.dbKilledAt() > 0 ? 1 : 0,
                    "recovered_s", Math.max(storm.appRecoveredS(), storm.dbRecoveredS()),
                    "app_recovered_s", storm.appRecoveredS(), "db_recovered_s", storm.dbRecoveredS(),
                    "cross_node_live_seen", live.crossSeen(), "same_node_live_p95_ms", live.sameP95(),
                    "acknowledged", storm.acknowledged().size(), "unacknowledged", SUPPORTS - storm.acknowledged().size(),
                    "stored", verdict.stored(), "shown", verdict.shown(), "already_on_retry", storm.alreadyOnRetry(),
                    "failed_attempts", storm.failedAttempts(), "supports_per_s", storm.perSecond(),
                    "p99_ms", storm.p99Ms(), "clients", CLIENTS, "chain", verdict.chain(),
                    "surviving_nodes_agree", verdict.nodesAgree());
            Bench.note("cluster: done in %.0f s", seconds(began));

            assertThat(verdict.acknowledgedLost()).as("supports acknowledged to the client but not stored").isZero();
            assertThat(verdict.lost()).as("supports stored but not counted").isZero();
            assertThat(verdict.duplicated()).as("supports counted but not stored").isZero();
            assertThat(verdict.chain()).as("the hot idea's support trail").startsWith("intact");
            assertThat(verdict.nodesAgree()).as("the surviving Galera nodes hold the same supports").isEqualTo("yes");
        } finally {
            cluster("stop");
        }
    }

    // ---- The cluster ----------------------------------------------------------------------------------------------

    /** Runs cluster/start or cluster/stop on the benchmark's own directory, printing their lines. */
    private static void cluster(String script, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("cluster").resolve(script).toString()));
        command.addAll(Arrays.asList(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("CLUSTER_RUN_DIR", RUN.toString());
        environment.put("CLUSTER_PROFILES", "prod,cluster,bench-api");
        environment.put("CLUSTER_APP_CLASSPATH", System.getProperty("java.class.path"));
        environment.put("CLUSTER_APP_JVM_OPTS", System.getProperty("bench.cluster.jvm", "-Xmx768m"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("CLUSTER_APP_PORTS", PORT_A + " " + PORT_B);
        Process process = builder.start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> Bench.note("%s", line));
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("cluster/" + script + " failed (exit " + exit + "); logs in " + RUN
                    .resolve("logs"));
        }
    }

    private static void kill(String part) throws IOException {
        long pid = Long.parseLong(Files.readString(RUN.resolve("pids").resolve(part + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(part + " is not running"));
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of connections or of the Galera node
        process.onExit().join();
        Bench.note("cluster: killed %s (pid %d) with SIGKILL", part, pid);
    }

    // ---- Stage ----------------------------------------------------------------------------------------------------

    private Stage stage() throws Exception {
        int residents = SUPPORTS + SAME_NODE_PROBES + PROBES;
        HttpResponse<String> answer = post("http://127.0.0.1:" + PORT_A + "/bench-api/stage?ideas=2&residents=" + residents,
                Duration.ofMinutes(5));
        assertThat(answer.statusCode()).as("staging through instance A: " + answer.body()).isEqualTo(200);
        String[] lines = answer.body().split("\n");
        long[] ideas = Arrays.stream(lines[0].trim().split(" ")).mapToLong(Long::parseLong).toArray();
        long[] ids = Arrays.stream(lines[1].trim().split(" ")).mapToLong(Long::parseLong).toArray();
        Bench.note("cluster: %,d residents, hot idea %d, probe idea %d", ids.length, ideas[0], ideas[1]);
        return new Stage(ideas[0], ideas[1], Arrays.copyOfRange(ids, 0, SUPPORTS),
                Arrays.copyOfRange(ids, SUPPORTS, residents));
    }

    // ---- Live updates across instances ----------------------------------------------------------------------------

    /**
     * Single supports on the probe idea through instance A, about every 300 ms; each time, how long until a page
     * open on instance A (control: the same JVM) and then on instance B shows the new count.
     */
    private Live liveAcrossInstances(Stage stage) throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost")));
            int next = 0;
            Page onA = open(chromium, PORT_A, stage.probeIdea());
            List<Long> same = new ArrayList<>();
            for (int i = 0; i < SAME_NODE_PROBES; i++) {
                probe(onA, stage, next++).ifPresent(same::add);
            }
            onA.context().close();
            Page onB = open(chromium, PORT_B, stage.probeIdea());
            List<Long> cross = new ArrayList<>();
            int misses = 0;
            int tried = 0;
            while (tried < PROBES && !(cross.isEmpty() && misses >= MISSES_TO_GIVE_UP)) {
                var seen = probe(onB, stage, next++);
                tried++;
                seen.ifPresentOrElse(cross::add, () -> {
                });
                misses = tried - cross.size();
            }
            chromium.close();
            Live live = new Live(p95(same, SAME_NODE_PROBES), p95(cross, tried), cross.size() + "/" + tried);
            Bench.note("cluster: live updates, same instance p95 %s ms (%d/%d seen); other instance p95 %s ms (%s seen)",
                    live.sameP95(), same.size(), SAME_NODE_PROBES, live.crossP95(), live.crossSeen());
            return live;
        }
    }

    private static Page open(com.microsoft.playwright.Browser chromium, int port, long idea) {
        Page page = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-FR"))
                .newPage();
        page.setDefaultTimeout(60_000); // the first page of a development-mode instance takes a while
        page.navigate("http://localhost:" + port + "/ideas/" + idea,
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        page.locator("#support-count").waitFor();
        return page;
    }

    /** One support through A; the milliseconds until the page shows at least the count A answered, if it does. */
    private java.util.Optional<Long> probe(Page page, Stage stage, int index) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = post("http://127.0.0.1:" + PORT_A + "/bench-api/support?idea=" + stage.probeIdea()
                + "&resident=" + stage.probeResidents()[index], Duration.ofSeconds(20));
        assertThat(answer.statusCode()).as("probe support: " + answer.body()).isEqualTo(200);
        int count = Integer.parseInt(answer.body().trim());
        java.util.Optional<Long> seen;
        try {
            page.waitForFunction("n => { const e = document.querySelector('#support-count');"
                    + " return e !== null && parseInt(e.textContent.replace(/\\D/g, '') || '0') >= n; }", count,
                    new Page.WaitForFunctionOptions().setTimeout(PROBE_WAIT.toMillis()).setPollingInterval(10));
            seen = java.util.Optional.of((System.nanoTime() - start) / 1_000_000);
        } catch (PlaywrightException notShown) {
            seen = java.util.Optional.empty();
        }
        long rest = 300 - (System.nanoTime() - start) / 1_000_000;
        if (rest > 0) {
            Thread.sleep(rest);
        }
        return seen;
    }

    /** The p95 in milliseconds, "none" if nothing was seen, or "over_N" if fewer than 95 % of the tries were. */
    private static String p95(List<Long> seen, int tried) {
        if (seen.isEmpty()) {
            return "none";
        }
        if (seen.size() < Math.ceil(tried * 0.95)) {
            return "over_" + PROBE_WAIT.toMillis();
        }
        long[] nanos = seen.stream().mapToLong(ms -> ms * 1_000_000).toArray();
        return String.valueOf(Math.round(Bench.percentileMs(nanos, 95)));
    }

    // ---- The storm ------------------------------------------------------------------------------------------------

    /**
     * {@link #CLIENTS} threads support the hot idea through HAProxy, one resident each time; at 30 % of the
     * supports acknowledged, app instance 1 is killed; at 60 %, Galera node 1 (where every write goes).
     */
    private Storm storm(Stage stage, String haproxy) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failedAttempts = new AtomicInteger();
        AtomicInteger alreadyOnRetry = new AtomicInteger();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<long[]> attempts = new ConcurrentLinkedQueue<>(); // {end nanos, 1 if served}
        ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[SUPPORTS];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < SUPPORTS; i = next.getAndIncrement()) {
                    long resident = stage.residents()[i];
                    long first = System.nanoTime();
                    for (int attempt = 1; ; attempt++) {
                        int status;
                        String body;
                        try {
                            HttpResponse<String> answer = post(haproxy + "/bench-api/support?idea=" + stage.hotIdea()
                                    + "&resident=" + resident, Duration.ofSeconds(20));
                            status = answer.statusCode();
                            body = answer.body();
                        } catch (IOException unreachable) {
                            status = 0;
                            body = unreachable.toString();
                        }
                        long end = System.nanoTime();
                        boolean served = status == 200 || status == 409;
                        attempts.add(new long[] {end, served ? 1 : 0});
                        if (served) {
                            if (status == 409) {
                                alreadyOnRetry.incrementAndGet();
                            }
                            acknowledged.add(resident);
                            latencies[i] = end - first;
                            break;
                        }
                        failedAttempts.incrementAndGet();
                        if (firstFailures.size() < 5) {
                            firstFailures.add(status + " " + body.lines().findFirst().orElse(""));
                        }
                        if (end - first > GIVE_UP.toNanos()) {
                            break;
                        }
                        Thread.sleep(Math.min(1_000, 50L * attempt));
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        long appKilledAt = killWhen(() -> acknowledged.size() >= SUPPORTS * 3 / 10, done, "app1");
        long dbKilledAt = killWhen(() -> acknowledged.size() >= SUPPORTS * 6 / 10, done, "db1");
        for (Future<?> client : running) {
            client.get();
        }
        long elapsed = System.nanoTime() - start;
        clients.shutdown();
        firstFailures.forEach(failure -> Bench.note("cluster: a failed attempt: %s", failure));
        List<long[]> sorted = new ArrayList<>(attempts);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        double appRecovered = recovery(sorted, appKilledAt, dbKilledAt > 0 ? dbKilledAt : Long.MAX_VALUE);
        double dbRecovered = recovery(sorted, dbKilledAt, Long.MAX_VALUE);
        Bench.note("cluster: %,d supports in %.1f s, %d failed attempts; recovered %.1f s after the instance's death, "
                + "%.1f s after the database node's", SUPPORTS, elapsed / 1e9, failedAttempts.get(), appRecovered, dbRecovered);
        return new Storm(Set.copyOf(acknowledged), failedAttempts.get(), alreadyOnRetry.get(), SUPPORTS * 1e9 / elapsed,
                Bench.percentileMs(latencies, 99), appKilledAt, dbKilledAt, appRecovered, dbRecovered);
    }

    /** Waits until the condition holds (or the storm ends), then kills the part; the moment it died, or 0. */
    private static long killWhen(Supplier<Boolean> due, AtomicInteger done, String part) throws Exception {
        while (!due.get() && done.get() < SUPPORTS) {
            Thread.sleep(20);
        }
        if (done.get() >= SUPPORTS) {
            return 0;
        }
        kill(part);
        return System.nanoTime();
    }

    /**
     * Seconds from a kill until supports are served again for good: the first success after the last failure
     * that followed the kill (before the next kill), or the first success after the kill if nothing failed.
     */
    private static double recovery(List<long[]> attempts, long killedAt, long until) {
        if (killedAt <= 0) {
            return -1;
        }
        long lastFailure = killedAt;
        for (long[] attempt : attempts) {
            if (attempt[0] > killedAt && attempt[0] < until && attempt[1] == 0) {
                lastFailure = attempt[0];
            }
        }
        for (long[] attempt : attempts) {
            if (attempt[0] >= lastFailure && attempt[1] == 1) {
                return (attempt[0] - killedAt) / 1e9;
            }
        }
        return -1;
    }

    // ---- The verdict ----------------------------------------------------------------------------------------------

    /** What the surviving nodes stored, against what the clients were told. */
    private Verdict verdict(Stage stage, Storm storm) throws Exception {
        Set<Long> stored = new HashSet<>();
        int shown;
        try (Connection connection = DriverManager.getConnection(DB_URL, "sensible", "sensible-local");
                Statement statement = connection.createStatement()) {
            statement.execute("set session wsrep_sync_wait = 1"); // read after every write the cluster committed
            try (ResultSet rows = statement.executeQuery("select resident_id from idea_support where idea_id = "
                    + stage.hotIdea())) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
            try (ResultSet row = statement.executeQuery("select support_count from idea where id = " + stage.hotIdea())) {
                row.next();
                shown = row.getInt(1);
            }
        }
        Set<Long> lostAcknowledged = new HashSet<>(storm.acknowledged());
        lostAcknowledged.removeAll(stored);
        String chain = get("http://127.0.0.1:" + PORT_B + "/bench-api/trail?idea=" + stage.hotIdea()).replace(' ', ',');
        String agree = nodesAgree(stage.hotIdea());
        Bench.note("cluster: %,d acknowledged, %,d stored, %,d shown, %d acknowledged but not stored; trail %s",
                storm.acknowledged().size(), stored.size(), shown, lostAcknowledged.size(), chain);
        return new Verdict(lostAcknowledged.size(), Math.max(0, stored.size() - shown), Math.max(0, shown - stored.size()),
                stored.size(), shown, chain, agree);
    }

    /** Whether Galera nodes 2 and 3 (node 1 is dead) hold the same count and rows for the idea. */
    private static String nodesAgree(long idea) {
        List<String> seen = new ArrayList<>();
        for (int port : new int[] {13307, 13308}) {
            try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
                    + "/sensible_city?sslMode=disable", "sensible", "sensible-local");
                    Statement statement = connection.createStatement()) {
                statement.execute("set session wsrep_sync_wait = 1");
                try (ResultSet row = statement.executeQuery("select (select support_count from idea where id = " + idea
                        + "), (select count(*) from idea_support where idea_id = " + idea + ")")) {
                    row.next();
                    seen.add(row.getInt(1) + "/" + row.getInt(2));
                }
            } catch (SQLException unreachable) {
                seen.add("unreachable");
            }
        }
        Bench.note("cluster: Galera nodes 2 and 3 show/store %s", seen);
        return seen.get(0).equals(seen.get(1)) && !seen.get(0).equals("unreachable") ? "yes" : "no:" + String.join(",", seen);
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    private HttpResponse<String> post(String url, Duration timeout) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private record Stage(long hotIdea, long probeIdea, long[] residents, long[] probeResidents) {
    }

    private record Live(String sameP95, String crossP95, String crossSeen) {
    }

    private record Storm(Set<Long> acknowledged, int failedAttempts, int alreadyOnRetry, double perSecond, double p99Ms,
            long appKilledAt, long dbKilledAt, double appRecoveredS, double dbRecoveredS) {
    }

    private record Verdict(int acknowledgedLost, int lost, int duplicated, int stored, int shown, String chain,
            String nodesAgree) {
    }
}
