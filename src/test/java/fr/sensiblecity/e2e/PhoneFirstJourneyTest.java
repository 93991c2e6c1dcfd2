package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A resident on a phone (390 x 844) and on a desktop: the home page shows the chosen territory's ideas and
 * remembers the choice; the list of ideas shows cards with the most supported idea, whole, in the first screen,
 * filters folded behind one button and removable chips; an idea's page shows its way to maturity, the next steps,
 * followers and a share link. No page scrolls sideways, every page passes axe at both sizes, and the pages are
 * saved as screenshots under {@code target/screenshots}.
 */
@EndToEndTest
class PhoneFirstJourneyTest extends BrowserStory {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    ApplicationContext context;

    @Test
    void on_a_phone_the_home_page_and_the_ideas_read_as_cards_with_their_way_to_maturity() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TerritorySummary commune = commune("Valbrume-" + run);
        long popular = idea(commune, "author-a-" + run, "Une navette vers la gare de Bellerive le samedi matin " + run);
        idea(commune, "author-b-" + run, "Un composteur partagé au bourg " + run);
        for (int i = 0; i < 3; i++) {
            support(popular, "supporter-" + i + "-" + run);
        }

        Page phone = browser.newVisitor();
        phone.setViewportSize(390, 844);

        // Home: choose the territory once; the page shows its ideas, and remembers it on the next visit.
        browser.open(phone, "/");
        Browser.choose(phone, "#home-territory", commune.name());
        assertThat(phone.locator("#home-title")).hasText("Ce qui se passe à " + commune.name());
        assertThat(phone.locator("#home-mature")).containsText("Une navette vers la gare");
        assertThat(phone.locator("#home-mature-card-" + popular)).containsText("3 / 10 soutiens");
        assertThat(phone.locator("#home-figure-ideas")).containsText("2");
        assertThat(phone.locator("#home-figure-supports")).containsText("3");
        browser.open(phone, "/");
        assertThat(phone.locator("#home-title")).hasText("Ce qui se passe à " + commune.name());
        assertNoSidewaysScroll(phone);
        AccessibilityAudit.assertNoViolations(phone, "home (phone)");
        screenshot(phone, "phone-home");

        // Live: a support given elsewhere shows on the open home page.
        support(popular, "late-supporter-" + run);
        assertThat(phone.locator("#home-mature-card-" + popular)).containsText("4 / 10 soutiens");

        // The list: the most supported idea is the first card, whole, inside the first screen.
        browser.open(phone, "/ideas");
        Locator first = phone.locator("#ideas-list > article").first();
        first.waitFor();
        BoundingBox card = first.boundingBox();
        BoundingBox title = first.locator("h2").boundingBox();
        org.assertj.core.api.Assertions.assertThat(card.y).isBetween(0.0, 844.0);
        org.assertj.core.api.Assertions.assertThat(title.y + title.height).isLessThanOrEqualTo(844.0);
        assertThat(phone.locator("#ideas-filters")).isHidden();
        assertNoSidewaysScroll(phone);
        AccessibilityAudit.assertNoViolations(phone, "ideas (phone)");
        screenshot(phone, "phone-ideas");

        // Filters fold behind one button; an active filter shows as a chip that removes it.
        phone.locator("#ideas-filter-toggle").click();
        assertThat(phone.locator("#ideas-filter-toggle")).hasAttribute("aria-expanded", "true");
        assertThat(phone.locator("#ideas-filters")).isVisible();
        Browser.choose(phone, "#ideas-territory", commune.name());
        assertThat(phone.locator("#ideas-filter-toggle")).hasText("Filtrer (1)");
        Locator chip = phone.locator("#ideas-chips vaadin-button");
        assertThat(chip).hasText("Territoire : " + commune.name());
        assertThat(phone.locator("#ideas-list > article")).hasCount(2);
        assertThat(phone.locator("#ideas-list > article").first()).containsText("Une navette vers la gare de Bellerive le samedi matin " + run);
        assertThat(phone.locator("#ideas-list > article").first()).containsText("4 / 10 soutiens · 364 jours restants");
        AccessibilityAudit.assertNoViolations(phone, "ideas with filters open (phone)");
        // A search adds a second chip; removing it (by the keyboard, as anyone who cannot tap) leaves the first.
        phone.locator("#ideas-search input").fill("composteur");
        phone.locator("#ideas-search input").press("Enter");
        assertThat(phone.locator("#ideas-filter-toggle")).hasText("Filtrer (2)");
        assertThat(phone.locator("#ideas-list > article")).hasCount(1);
        Locator searchChip = phone.locator("#ideas-chips vaadin-button", new Page.LocatorOptions().setHasText("Rechercher"));
        searchChip.focus();
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#ideas-chips vaadin-button")).hasCount(1);
        assertThat(phone.locator("#ideas-filter-toggle")).hasText("Filtrer (1)");
        assertThat(phone.locator("#ideas-list > article")).hasCount(2);

        // The card is a link reached by the keyboard, and opens the idea.
        browser.open(phone, "/ideas?territory=" + commune.id());
        KeyboardFocus.tabTo(phone, "idea-link-" + popular);
        phone.keyboard().press("Enter");
        phone.waitForURL("**/ideas/" + popular);
        assertThat(phone.locator("#maturity-progress")).hasText("4 / 10 soutiens · 364 jours restants");
        assertThat(phone.locator("#step-maturity")).hasAttribute("aria-current", "step");
        assertThat(phone.locator("#step-maturity")).containsText("Il lui faut 10 soutiens avant le");
        assertThat(phone.locator("#follower-count")).hasText("0 personne suit cette idée");
        phone.locator("#share-idea").click();
        // The browser's share sheet or clipboard says "copied"; where neither works, the link shows to copy by hand.
        phone.waitForFunction("() => { const link = document.querySelector('#share-link');"
                + " return document.querySelector('vaadin-notification-card') || (link && !link.hasAttribute('hidden')); }");
        if (phone.locator("#share-link").isVisible()) {
            assertThat(phone.locator("#share-link input")).hasValue(browser.url("/ideas/" + popular));
        } else {
            assertThat(phone.locator("vaadin-notification-card")).containsText("Lien copié");
        }
        assertNoSidewaysScroll(phone);
        AccessibilityAudit.assertNoViolations(phone, "idea page (phone)");
        screenshot(phone, "phone-idea");

        // The same pages at desktop size.
        phone.setViewportSize(1280, 900);
        for (String[] page : new String[][] {{"/", "desktop-home"}, {"/ideas", "desktop-ideas"},
                {"/ideas/" + popular, "desktop-idea"}}) {
            browser.open(phone, page[0]);
            phone.locator("main h1").first().waitFor();
            assertNoSidewaysScroll(phone);
            AccessibilityAudit.assertNoViolations(phone, page[1]);
            screenshot(phone, page[1]);
        }
        browser.open(phone, "/ideas");
        assertThat(phone.locator("#ideas-filters")).isVisible();
        assertThat(phone.locator("#ideas-filter-toggle")).isHidden();
        phone.context().close();
    }

    /**
     * Issue 14's "Done means", for a visitor on a phone: the home page of a commune shows its idea, the panel that
     * recruits and the project, and none of the pages a visitor reads scrolls sideways.
     */
    @Test
    void on_a_phone_the_home_page_shows_the_recruiting_panel_and_the_project_and_no_page_scrolls_sideways() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CommuneActivity.Made made = new CommuneActivity(context).create(run);
        Page phone = browser.newVisitor();
        phone.setViewportSize(390, 844);
        browser.open(phone, "/");
        Browser.choose(phone, "#home-territory", made.commune().name());
        assertThat(phone.locator("#home-title")).hasText("Ce qui se passe à " + made.commune().name());
        assertThat(phone.locator("#home-newest")).containsText("Un tiers-lieu dans l'ancienne poste " + run);
        assertThat(phone.locator("#home-panel-" + made.panel()))
                .containsText("Quelle place pour la voiture au centre-bourg ? " + run);
        assertThat(phone.locator("#home-project-" + made.project())).containsText("Tiers-lieu " + run);
        for (String path : List.of("/", "/ideas", "/ideas/" + made.idea(), "/projects", "/projects/" + made.project(),
                "/panels", "/panels/" + made.panel())) {
            browser.open(phone, path);
            phone.locator("main h1").first().waitFor();
            phone.waitForTimeout(300); // lets lists and grids lay out their cards before measuring
            assertNoSidewaysScroll(phone);
            screenshot(phone, "phone-visitor" + (path.equals("/") ? "-home" : path.replace('/', '-')));
        }
        phone.context().close();
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wider).intValue()).as("sideways scroll on " + page.url())
                .isLessThanOrEqualTo(0);
    }

    private static void screenshot(Page page, String name) {
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private TerritorySummary commune(String name) {
        TerritorySummary[] made = new TerritorySummary[1];
        SystemTask.runAsAdministrator("e2e", () -> made[0] = territories.createTerritory(new TerritoryForm(name,
                "97" + (100 + ThreadLocalRandom.current().nextInt(900)), 640, 2023, true, List.of())));
        return made[0];
    }

    private long idea(TerritorySummary commune, String subject, String title) {
        long theme = territories.listThemes().stream().filter(item -> item.code().equals("mobility")).findFirst()
                .orElseThrow().id();
        return as(subject, () -> ideas.submitIdea(new IdeaForm(title, "Une description de l'idée, assez longue pour "
                + "être lue sur une carte, avec quelques mots de plus pour la couper.", theme, commune.id(), null)));
    }

    private void support(long idea, String subject) {
        as(subject, () -> supports.support(idea));
    }

    private <T> T as(String subject, java.util.function.Supplier<T> action) {
        long resident = residents.signIn("e2e", subject, "Habitant " + subject.substring(0, 8)).id();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                (ResidentPrincipal) () -> resident, null, List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
