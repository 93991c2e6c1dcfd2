package fr.sensiblecity.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.WaitUntilState;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances of the platform, as behind a load balancer: this test's own (instance A) and another process
 * (instance B), sharing one MariaDB database and Redis. A resident supports through A; a visitor's page open on B
 * shows the new count without reloading.
 */
@SpringBootTest
@ActiveProfiles("test")
class LiveAcrossInstancesTest {

    static final String DATABASE = System.getProperty("test.cluster.db.url",
            "jdbc:mariadb://127.0.0.1:3306/sensible_city_cluster?sslMode=disable&createDatabaseIfNotExist=true");
    /** Redis is shared with whatever else runs on the machine: this run's keys and channels are its own. */
    static final String PREFIX = "sc-test-" + ProcessHandle.current().pid() + ":";

    private static OtherInstance instanceB;
    private static Playwright playwright;
    private static Browser chromium;

    @Autowired
    TerritoryService territories;
    @Autowired
    ResidentService residents;
    @Autowired
    IdeaService ideas;
    @Autowired
    SupportService supports;

    @DynamicPropertySource
    static void sharedWithInstanceB(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("sensible.cluster.broker", () -> "redis");
        registry.add("sensible.cluster.key-prefix", () -> PREFIX);
    }

    @BeforeAll
    static void startInstanceBAndBrowser() throws Exception {
        instanceB = OtherInstance.start("instance-b", Map.of("spring.datasource.url", DATABASE,
                "sensible.cluster.broker", "redis", "sensible.cluster.key-prefix", PREFIX));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopInstanceBAndBrowser() {
        if (chromium != null) {
            chromium.close();
            playwright.close();
        }
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @AfterEach
    void forgetSignIn() {
        Actors.clear();
    }

    @Test
    void a_support_made_through_one_instance_shows_live_on_a_page_open_on_the_other() {
        Actors.system();
        String code = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valbrume " + code, code, 900, 2023,
                true, List.of()));
        long mobility = territories.listThemes().stream().filter(theme -> theme.code().equals("mobility")).findFirst()
                .orElseThrow().id();
        long author = residents.signIn("cluster-test", "author-" + code, "Autrice " + code).id();
        long supporter = residents.signIn("cluster-test", "supporter-" + code, "Soutien " + code).id();
        Actors.resident(author);
        long ideaId = ideas.submitIdea(new IdeaForm("Un minibus pour le marché du samedi",
                "Un minibus à la demande relierait les hameaux au marché du samedi matin.", mobility, commune.id(), null));

        Page page = chromium.newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        page.navigate("http://localhost:" + instanceB.port() + "/ideas/" + ideaId,
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        LocatorAssertions.HasTextOptions patiently = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
        assertThat(page.locator("#support-count")).hasText(Pattern.compile("^0\\s"), patiently);

        Actors.resident(supporter);
        supports.support(ideaId);

        // The page on instance B was told through Redis: no reload, no click.
        assertThat(page.locator("#support-count")).hasText(Pattern.compile("^1\\s+soutien"), patiently);
    }
}
