package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The packaged server as residents meet it ({@link PackagedServer}: production front end, its own process, the demo
 * data set grown to {@code -Dbench.http.ideas} ideas, a million by default).
 * <ul>
 * <li>{@code BENCH ui-memory page=P uis=N kb_per_ui=X}: the server's live heap (the class histogram's total, which
 * the JVM takes after a full collection), before and after N visitors open the page, divided by N. Each visitor is
 * a new session opening the page as a browser does (the page's HTML, then the router's navigation), so X is one
 * open page with its session. The draft page is opened by a panel member (a draft being written is theirs only),
 * each visit signed in anew.</li>
 * <li>{@code BENCH first-render page=/ideas p50_ms=X p95_ms=Y runs=N}: a fresh Chromium context (no cache, no
 * cookie) opening /ideas until the first idea's link is visible (checked at every frame), timed from the benchmark;
 * {@code browser_clock_p50_ms} is the same moment on the page's own clock, from the start of its navigation.</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "bench", matches = "all|http|http-pages")
class HttpBenchmark {

    private static final long IDEAS = Long.getLong("bench.http.ideas", 1_000_000);
    private static final int UIS = Integer.getInteger("bench.http.uis", 200);
    private static final int RENDERS = Integer.getInteger("bench.http.renders", 11);
    private static final int RESIDENTS = 1_000;
    /** The demo member who writes the demo panel's draft (PackagedServer's accounts). */
    private static final String MEMBER = "alice";

    /** The time since the navigation began, once the first card's link has a size on the screen; else false. */
    private static final String FIRST_CARD_SHOWN = """
            () => { const link = document.querySelector('#ideas-list .sc-card-link');
              const box = link && link.getBoundingClientRect();
              return box && box.width > 0 && box.height > 0 ? performance.now() : false; }""";

    private static final String TIMINGS = """
            () => { const n = performance.getEntriesByType('navigation')[0];
              const scripts = performance.getEntriesByType('resource')
                  .filter(r => r.initiatorType === 'script' || r.name.endsWith('.js'));
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              return 'html_ms=' + Math.round(n.responseEnd) + ' dom_ready_ms=' + Math.round(n.domContentLoadedEventEnd)
                  + ' load_ms=' + Math.round(n.loadEventEnd) + ' first_contentful_paint_ms='
                  + (paint ? Math.round(paint.startTime) : -1) + ' last_script_ms='
                  + Math.round(Math.max(...scripts.map(r => r.responseEnd))) + ' scripts=' + scripts.length
                  + ' script_kb=' + Math.round(scripts.reduce((a, r) => a + r.decodedBodySize, 0) / 1024)
                  + ' script_transfer_kb=' + Math.round(scripts.reduce((a, r) => a + r.transferSize, 0) / 1024); }""";

    @Test
    void pages_of_the_running_server() throws Exception {
        try (PackagedServer server = PackagedServer.start(RESIDENTS, IDEAS)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long idea = PackagedServer.supportableIdeas(1)[0];
            long draft = PackagedServer.firstDraft();
            Bench.note("http: idea page %d, draft page %d", idea, draft);
            uiMemory(server, http, "", false);
            uiMemory(server, http, "ideas", false);
            uiMemory(server, http, "ideas/" + idea, false);
            uiMemory(server, http, "drafts/" + draft, true);
            firstRender(server);
        }
    }

    private void uiMemory(PackagedServer server, HttpClient http, String route, boolean member) throws Exception {
        for (int i = 0; i < 5; i++) {
            visit(server, http, route, member); // warm: classes loaded, caches filled, before anything is counted
        }
        long before = liveHeap(server);
        List<VaadinVisitor> open = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            open.add(visit(server, http, route, member));
        }
        long after = liveHeap(server);
        assertThat(open).hasSize(UIS);
        Bench.report("ui-memory", "page", ("/" + route).replaceAll("/\\d+$", "/{id}"), "uis", UIS, "kb_per_ui",
                (after - before) / 1024d / UIS);
    }

    private static VaadinVisitor visit(PackagedServer server, HttpClient http, String route, boolean member)
            throws Exception {
        VaadinVisitor visitor = new VaadinVisitor(http, server.baseUrl());
        if (member) {
            visitor.signIn(MEMBER, "demo");
        }
        visitor.open(route);
        return visitor;
    }

    /** Bytes of live objects in the server: {@code jcmd GC.class_histogram} collects fully before it counts. */
    private static long liveHeap(PackagedServer server) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        String[] lines = output.strip().split("\n");
        String[] total = lines[lines.length - 1].trim().split("\\s+");
        if (!total[0].equals("Total")) {
            throw new IllegalStateException("jcmd GC.class_histogram gave no total: " + output);
        }
        return Long.parseLong(total[2]);
    }

    private void firstRender(PackagedServer server) {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            long[] nanos = new long[RENDERS];
            long[] pageNanos = new long[RENDERS];
            for (int i = -2; i < RENDERS; i++) {
                try (BrowserContext context = chromium.newContext()) {
                    Page tab = context.newPage();
                    long start = System.nanoTime();
                    tab.navigate(server.baseUrl() + "/ideas", new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                    // Checked at every frame the browser draws: a locator's wait polls ever more slowly (up to every
                    // 500 ms), which measured its polling more than the page.
                    double pageMs = ((Number) tab.waitForFunction(FIRST_CARD_SHOWN, null,
                            new Page.WaitForFunctionOptions().setTimeout(60_000)).jsonValue()).doubleValue();
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - start;
                        pageNanos[i] = (long) (pageMs * 1e6);
                    }
                    if (i == RENDERS - 1) {
                        // Where the last run's time went, as the browser's own clocks saw it.
                        Bench.note("first-render: %s", tab.evaluate(TIMINGS));
                    }
                }
            }
            Bench.report("first-render", "page", "/ideas", "p50_ms", Bench.percentileMs(nanos, 50), "p95_ms",
                    Bench.percentileMs(nanos, 95), "runs", RENDERS, "browser_clock_p50_ms",
                    Bench.percentileMs(pageNanos, 50));
        }
    }
}
