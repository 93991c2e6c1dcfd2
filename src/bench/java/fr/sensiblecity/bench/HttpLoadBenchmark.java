package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code BENCH http-load users=N interactions=I p95_ms=X p99_ms=Y errors=E}: N residents ({@link ResidentSimulation},
 * Gatling) arrive over {@code -Dbench.load.ramp} seconds against the packaged jar running as its own process
 * ({@link PackagedServer}), on the demo data set grown to {@code -Dbench.load.ideas} ideas. I is the number of
 * requests and push connections made, X and Y the percentiles of the HTTP requests' response times (as Gatling
 * measured each, nearest rank), E the failed requests, Vaadin-level failures included (a resident stops at their
 * first). Also printed: the server's CPU seconds during the run and the
 * machine's load average. Gatling's HTML report is written under {@code target/gatling}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "all|http|http-load")
class HttpLoadBenchmark {

    private static final int USERS = Integer.getInteger("bench.load.users", 1_000);
    private static final long IDEAS = Long.getLong("bench.load.ideas", 100_000);
    private static final Path RESULTS = Path.of("target", "gatling").toAbsolutePath();

    @Test
    void residents_over_http_and_websocket() throws Exception {
        try (PackagedServer server = PackagedServer.start(USERS, IDEAS)) {
            System.setProperty("bench.load.base", server.baseUrl());
            System.setProperty("bench.load.users", Integer.toString(USERS));
            System.setProperty("bench.load.ideaIds", Arrays.stream(PackagedServer.supportableIdeas(500))
                    .mapToObj(Long::toString).collect(Collectors.joining(",")));
            // Gatling would otherwise call its own web site before starting, and report its use.
            System.setProperty("gatling.http.warmUpUrl", "");
            System.setProperty("gatling.data.enableAnalytics", "false");
            double cpuBefore = server.cpuSeconds();
            long began = System.nanoTime();
            io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", ResidentSimulation.class.getName(),
                    "--results-folder", RESULTS.toString(), "--run-description", USERS + " residents"});
            double seconds = (System.nanoTime() - began) / 1e9;
            double cpu = server.cpuSeconds() - cpuBefore;

            long[] nanos = ResidentSimulation.RESPONSE_TIMES_MS.stream().mapToLong(ms -> ms * 1_000_000).toArray();
            long requests = ResidentSimulation.INTERACTIONS.get();
            Bench.report("http-load", "users", USERS, "interactions", requests, "p95_ms", Bench.percentileMs(nanos, 95),
                    "p99_ms", Bench.percentileMs(nanos, 99), "errors", ResidentSimulation.ERRORS.get(), "p50_ms",
                    Bench.percentileMs(nanos, 50), "max_ms", Bench.percentileMs(nanos, 100), "seconds", seconds,
                    "server_cpu_s", cpu, "ideas", IDEAS, "think_s", System.getProperty("bench.load.think", "10"),
                    "load_average", Bench.loadAverage());
            assertThat(requests).as("requests made").isPositive();
        }
    }
}
