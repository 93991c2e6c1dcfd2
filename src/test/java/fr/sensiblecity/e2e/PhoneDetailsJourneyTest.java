package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The small things met on a phone (390 x 844): removing the territory chip on the list of ideas, a header whose
 * sign-out button stays whole and keyboard usable, an audit trail sized to its rows.
 */
@EndToEndTest
class PhoneDetailsJourneyTest extends BrowserStory {

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Test
    void on_a_phone_the_territory_chip_removes_the_territory_filter() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TerritorySummary commune = commune("Chipville-" + run);
        Page phone = browser.newVisitor();
        phone.setViewportSize(390, 844);
        browser.open(phone, "/ideas");
        phone.locator("#ideas-filter-toggle").click();
        Browser.choose(phone, "#ideas-territory", commune.name());
        assertThat(phone.locator("#ideas-filter-toggle")).hasText("Filtrer (1)");
        Locator chip = phone.locator("#ideas-chips vaadin-button");
        assertThat(chip).hasText("Territoire : " + commune.name());
        chip.click();
        assertThat(phone.locator("#ideas-chips vaadin-button")).hasCount(0);
        assertThat(phone.locator("#ideas-filter-toggle")).hasText("Filtrer");
        assertThat(phone.locator("#ideas-territory")).hasJSProperty("value", "");
        phone.context().close();
    }

    @Test
    void on_a_phone_the_header_keeps_sign_out_whole_and_reachable_by_the_keyboard() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page phone = browser.signedIn("phone-" + run, "Maximilienne-Charlotte " + run);
        phone.setViewportSize(390, 844);
        browser.open(phone, "/ideas");
        Locator signOut = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"));
        assertThat(signOut).isVisible();
        BoundingBox box = signOut.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0.0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(390.0);
        // Nothing in the header is cut or pushed out: every control's content fits inside it.
        Object overflowing = phone.evaluate("() => [...document.querySelectorAll('.sc-header vaadin-button, .sc-header a')]"
                + ".filter(e => { const r = e.getBoundingClientRect(); return e.scrollWidth > e.clientWidth + 1"
                + " || r.right > window.innerWidth || r.left < 0; }).map(e => e.id || e.textContent)");
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) overflowing).isEmpty();
        assertNoSidewaysScroll(phone);
        AccessibilityAudit.assertNoViolations(phone, "ideas, signed in (phone)");
        Browser.screenshot(phone, "phone-header-signed-in");
        KeyboardFocus.tabTo(phone, "sign-out");
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#sign-in")).isVisible();
        phone.context().close();
    }

    /**
     * Issue 14, "HTTP semantics": the first response for an address that leads nowhere is a 404, and for a page the
     * resident's role does not open a 403, as a link checker or a crawler sees it; in the browser, the same friendly
     * page as before, in the resident's language, on a phone and on a desktop. A visitor not signed in is still sent
     * to sign in.
     */
    @Test
    void an_unknown_address_answers_404_and_a_refused_page_403() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page resident = browser.signedIn("status-" + run, "Stella " + run);
        org.assertj.core.api.Assertions.assertThat(resident.request().get(browser.url("/no-such-page")).status())
                .isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(resident.request().get(browser.url("/admin/audit")).status())
                .isEqualTo(403);
        for (int[] size : new int[][] {{390, 844}, {1280, 800}}) {
            resident.setViewportSize(size[0], size[1]);
            assertFriendlyPage(resident, "/no-such-page", 404, "Page introuvable", "status-404-" + size[0]);
            assertFriendlyPage(resident, "/admin/audit", 403, "Accès refusé", "status-403-" + size[0]);
        }
        resident.locator("#language-switch").click();
        assertThat(resident.locator("html")).hasAttribute("lang", "en");
        assertFriendlyPage(resident, "/no-such-page", 404, "Page not found", "status-404-en");
        assertFriendlyPage(resident, "/admin/audit", 403, "Access denied", "status-403-en");
        resident.context().close();

        Page visitor = browser.newVisitor();
        browser.open(visitor, "/admin/audit");
        assertThat(visitor.locator("#provider-" + TestIdentityProvider.REGISTRATION_ID)).isVisible();
        visitor.context().close();
    }

    private void assertFriendlyPage(Page page, String path, int status, String title, String screenshot) {
        com.microsoft.playwright.Response response = page.navigate(browser.url(path),
                new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.DOMCONTENTLOADED));
        org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(status);
        page.locator("#language-switch").waitFor();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1)))
                .isVisible();
        assertThat(page.locator("#error-page a")).isVisible();
        assertNoSidewaysScroll(page);
        AccessibilityAudit.assertNoViolations(page, path + " (" + page.viewportSize().width + ")");
        Browser.screenshot(page, screenshot);
    }

    @Test
    void on_a_phone_the_audit_trail_leaves_no_empty_box_below_its_rows() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        commune("Auditville-" + run);
        Page admin = browser.signedIn("audit-" + run, "Adrien " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adrien " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.ADMINISTRATOR)));
        for (int[] size : new int[][] {{390, 844}, {1280, 800}}) {
            admin.setViewportSize(size[0], size[1]);
            browser.open(admin, "/admin/audit");
            admin.locator("#audit-grid").waitFor();
            admin.waitForFunction("() => { const g = document.querySelector('#audit-grid');"
                    + " return g.shadowRoot && g.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])').length > 0; }");
            Number gap = (Number) admin.evaluate("() => { const g = document.querySelector('#audit-grid');"
                    + " const rows = [...g.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])')];"
                    + " const last = Math.max(...rows.map(r => r.getBoundingClientRect().bottom));"
                    + " return g.getBoundingClientRect().bottom - last; }");
            org.assertj.core.api.Assertions.assertThat(gap.doubleValue()).as("empty space under the rows at " + size[0])
                    .isLessThan(8.0);
            assertNoSidewaysScroll(admin);
            AccessibilityAudit.assertNoViolations(admin, "audit trail (" + size[0] + ")");
            Browser.screenshot(admin, "audit-" + size[0]);
        }
        admin.context().close();
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wider).intValue()).as("sideways scroll on " + page.url())
                .isLessThanOrEqualTo(0);
    }

    private TerritorySummary commune(String name) {
        TerritorySummary[] made = new TerritorySummary[1];
        SystemTask.runAsAdministrator("e2e", () -> made[0] = territories.createTerritory(new TerritoryForm(name,
                "96" + (100 + ThreadLocalRandom.current().nextInt(900)), 640, 2023, true, List.of())));
        return made[0];
    }
}
