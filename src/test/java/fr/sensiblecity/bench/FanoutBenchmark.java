package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code BENCH fanout pages=N supports=S last_page_lag_ms=X server_cpu_s=C}: N anonymous visitors keep the same idea
 * open (each its own session and UI, with Vaadin push over a WebSocket, as the application configures it) while S
 * signed-in residents support it, each with a click on the idea's page. X is the time from the last support's
 * acknowledgement (the click's answer, sent after the commit) until every open page has received the final count in
 * a push message; C the server's CPU seconds from the first support until then.
 * <p>
 * The packaged jar runs as its own process ({@link PackagedServer}); {@code -Dbench.fanout.pages=1000},
 * {@code -Dbench.fanout.supports=200}, {@code -Dbench.fanout.clients=16} (supports clicked at once).
 */
@EnabledIfSystemProperty(named = "bench", matches = "all|http|fanout")
class FanoutBenchmark {

    private static final int PAGES = Integer.getInteger("bench.fanout.pages", 1_000);
    private static final int SUPPORTS = Integer.getInteger("bench.fanout.supports", 200);
    private static final int CLIENTS = Integer.getInteger("bench.fanout.clients", 16);
    private static final long IDEAS = Long.getLong("bench.load.ideas", 100_000);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void every_open_page_of_an_idea_shows_its_supports() throws Exception {
        try (PackagedServer server = PackagedServer.start(SUPPORTS, IDEAS);
                ExecutorService browsers = Executors.newFixedThreadPool(CLIENTS);
                ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long idea = PackagedServer.supportableIdeas(1)[0];
            String route = "ideas/" + idea;

            List<VaadinVisitor> supporters = inParallel(browsers, SUPPORTS, i -> {
                VaadinVisitor resident = new VaadinVisitor(http, server.baseUrl());
                resident.signIn(PackagedServer.username(i), PackagedServer.PASSWORD);
                resident.open(route);
                return resident;
            });
            int before = count(supporters.getFirst().ui());
            int expected = before + SUPPORTS;
            Bench.note("fanout: idea %d at %d supports; %d residents signed in, opening %d pages", idea, before,
                    SUPPORTS, PAGES);

            AtomicLong lastSeenAt = new AtomicLong();
            AtomicInteger reached = new AtomicInteger();
            List<WebSocket> sockets = new ArrayList<>();
            List<VaadinVisitor> open = new CopyOnWriteArrayList<>();
            heartbeats.scheduleAtFixedRate(() -> open.forEach(FanoutBenchmark::heartbeat), 30, 30, TimeUnit.SECONDS);
            List<VaadinVisitor> pages = inParallel(browsers, PAGES, i -> {
                VaadinVisitor visitor = new VaadinVisitor(http, server.baseUrl());
                visitor.open(route);
                open.add(visitor);
                return visitor;
            });
            for (VaadinVisitor page : pages) {
                Watcher watcher = new Watcher(page.ui(), expected, reached, lastSeenAt);
                sockets.add(connect(page, watcher));
            }
            Bench.note("fanout: %d pages open with push; %d supports from %d clients", PAGES, SUPPORTS, CLIENTS);

            double cpuBefore = server.cpuSeconds();
            AtomicLong lastAcknowledged = new AtomicLong();
            inParallel(browsers, SUPPORTS, i -> {
                VaadinVisitor resident = supporters.get(i);
                resident.uidl(resident.ui().click("support-button"));
                lastAcknowledged.accumulateAndGet(System.nanoTime(), Math::max);
                return null;
            });
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (reached.get() < PAGES && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            double cpu = server.cpuSeconds() - cpuBefore;
            sockets.forEach(socket -> socket.abort());

            boolean all = reached.get() == PAGES;
            double lagMs = all ? (lastSeenAt.get() - lastAcknowledged.get()) / 1e6 : -1;
            Bench.report("fanout", "pages", PAGES, "supports", SUPPORTS, "last_page_lag_ms", all ? lagMs : "over_"
                    + PATIENCE.toMillis(), "server_cpu_s", cpu, "pages_with_final_count", reached.get(), "final_count",
                    expected, "load_average", Bench.loadAverage());
            assertThat(reached.get()).as("pages showing the final count %d", expected).isEqualTo(PAGES);
        }
    }

    /** The count an idea page shows ("1 234 soutiens"). */
    static int count(VaadinUi page) {
        String digits = page.text("support-count").orElse("").replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    /** As an open page does every minute (here every half minute, whatever the load): its UI and session stay. */
    private static void heartbeat(VaadinVisitor page) {
        try {
            page.heartbeat();
        } catch (Exception missed) {
            Bench.note("fanout: a heartbeat failed: %s", missed);
        }
    }

    /** Runs {@code task} for 0..n-1 on the pool; the results in order; the first failure is thrown. */
    static <T> List<T> inParallel(ExecutorService pool, int n, IndexedTask<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.run(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    /** One page's push messages: counts the page once it shows the final count, and notes when it did. */
    private static final class Watcher implements java.util.function.Consumer<String> {

        private final VaadinUi page;
        private final int expected;
        private final AtomicInteger reached;
        private final AtomicLong lastSeenAt;
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private boolean done;

        Watcher(VaadinUi page, int expected, AtomicInteger reached, AtomicLong lastSeenAt) {
            this.page = page;
            this.expected = expected;
            this.reached = reached;
            this.lastSeenAt = lastSeenAt;
        }

        @Override
        public synchronized void accept(String message) {
            try {
                page.apply(message);
            } catch (VaadinUi.VaadinFailure failure) {
                if (failures.size() < 3) {
                    failures.add(failure.getMessage());
                    Bench.note("fanout: a page's push message: %s", failure.getMessage());
                }
                return;
            }
            if (!done && count(page) >= expected) {
                done = true;
                lastSeenAt.accumulateAndGet(System.nanoTime(), Math::max);
                reached.incrementAndGet();
            }
        }
    }

    /**
     * The page's push connection, tried again as Vaadin's push client does when a handshake fails: Tomcat ends a
     * kept-alive connection after its 100th request with "Connection: close", and Java's WebSocket client refuses
     * a 101 answer that says "upgrade, close".
     */
    private static WebSocket connect(VaadinVisitor page, Watcher watcher) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return page.listen(watcher).get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException failed) {
                if (attempt == 3 || !(failed.getCause() instanceof java.net.http.WebSocketHandshakeException)) {
                    throw failed;
                }
            }
        }
    }
}
