package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fr.sensiblecity.support.CleanDatabase;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server as residents meet it, over HTTP, on the demo data set grown to
 * {@code -Dbench.http.ideas} ideas (100,000 by default).
 * <ul>
 * <li>{@code BENCH ui-memory page=P uis=N kb_per_ui=X}: the heap after a full collection, before and after N
 * visitors (each a new session, as a first visit is) open the page, divided by N. Each GET builds the page's UI on
 * the server (Vaadin's eager bootstrap), so this is the memory of one open page with its session.</li>
 * <li>{@code BENCH first-render page=/ideas p50_ms=X p95_ms=Y runs=N}: a fresh Chromium context (no cache, no
 * cookie) opening /ideas until the first idea's link is visible.</li>
 * </ul>
 * The server runs in this JVM (so that its heap is the one measured), on MariaDB in the benchmark database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"bench", "demo"})
@EnabledIfSystemProperty(named = "bench", matches = "all|http")
@DirtiesContext
class HttpBenchmark {

    private static final int IDEAS = Integer.getInteger("bench.http.ideas", 100_000);
    private static final int UIS = Integer.getInteger("bench.http.uis", 40);
    private static final int RENDERS = Integer.getInteger("bench.http.renders", 11);

    @LocalServerPort
    int port;

    @Autowired
    CleanDatabase database;

    @Autowired
    List<ApplicationRunner> startupTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void pages_of_the_running_server() throws Exception {
        database.wipe();
        for (ApplicationRunner task : startupTasks) {
            task.run(new DefaultApplicationArguments());
        }
        long lastDemoIdea = jdbc.queryForObject("select coalesce(max(id), 0) from idea", Long.class);
        long idea = jdbc.queryForObject("select id from idea where listed = true order by support_count desc limit 1",
                Long.class);
        long[] themes = jdbc.queryForList("select id from theme order by id", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
        long[] territories = jdbc.queryForList("select id from territory order by id", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
        IdeaSeeder seeder = new IdeaSeeder(url, user, password, themes, territories).after(lastDemoIdea);
        seeder.growTo(lastDemoIdea + IDEAS);
        List<Long> draft = jdbc.queryForList(
                // A draft anyone may open: one still being written answers 403 to a visitor.
                "select id from draft where phase <> 'WRITING' order by id limit 1", Long.class);
        Bench.note("http: %,d ideas, idea page %d, draft page %s", lastDemoIdea + IDEAS, idea, draft);
        List<String> pages = new ArrayList<>(List.of("/", "/ideas", "/ideas/" + idea));
        draft.forEach(id -> pages.add("/drafts/" + id));
        for (String page : pages) {
            uiMemory(page);
        }
        firstRender();
    }

    private void uiMemory(String page) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(page); // warm: classes loaded, caches filled, before anything is counted
        }
        long before = heapAfterGc();
        List<HttpResponse<String>> kept = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            kept.add(get(page));
        }
        long after = heapAfterGc();
        assertThat(kept).allSatisfy(response -> assertThat(response.statusCode()).as(page).isEqualTo(200));
        Bench.report("ui-memory", "page", page.replaceAll("/\\d+$", "/{id}"), "uis", UIS, "kb_per_ui",
                (after - before) / 1024d / UIS);
    }

    private void firstRender() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking")))) {
            long[] nanos = new long[RENDERS];
            for (int i = -2; i < RENDERS; i++) {
                try (BrowserContext context = chromium.newContext()) {
                    Page tab = context.newPage();
                    long start = System.nanoTime();
                    tab.navigate("http://localhost:" + port + "/ideas");
                    tab.locator("#ideas-list .sc-card-link").first()
                            .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - start;
                    }
                }
            }
            Bench.report("first-render", "page", "/ideas", "p50_ms", Bench.percentileMs(nanos, 50), "p95_ms",
                    Bench.percentileMs(nanos, 95), "runs", RENDERS, "median_ms", Bench.percentileMs(nanos, 50));
        }
    }

    private HttpResponse<String> get(String page) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                .header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
