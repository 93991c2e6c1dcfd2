package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An administrator reads the project and panel lists as cards, a panel's timeline, and the staff pages (audit
 * trail, moderation, panel form) on a phone and on a desktop: axe finds nothing, no page scrolls sideways, the
 * audit trail speaks French. Screenshots of each page at both sizes go to target/screenshots/.
 */
@EndToEndTest
class StaffAndListsJourneyTest extends BrowserStory {

    @Autowired
    ResidentService residents;

    @Autowired
    ApplicationContext context;

    @Test
    void lists_timeline_and_staff_pages_read_well_on_a_phone_and_a_desktop() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CommuneActivity.Made made = new CommuneActivity(context).create(run);
        Page admin = browser.signedIn("admin-" + run, "Adrien " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adrien " + run).forEach(account -> {
            residents.grantRole(account.id(), Role.ADMINISTRATOR);
            residents.grantRole(account.id(), Role.MODERATOR);
            residents.grantRole(account.id(), Role.FACILITATOR);
        }));
        List<String> pages = List.of("/projects", "/panels", "/panels/" + made.panel(), "/admin/audit", "/moderation",
                "/panels/edit", "/admin/programmes");
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            admin.setViewportSize(size[0], size[1]);
            for (String path : pages) {
                browser.open(admin, path);
                admin.waitForTimeout(300); // lets the grid lay out its rows before the picture and the audit
                AccessibilityAudit.assertNoViolations(admin, path + " at " + size[0] + " px");
                assertThat((Boolean) admin.evaluate("() => document.documentElement.scrollWidth"
                        + " <= document.documentElement.clientWidth")).as(path + " scrolls sideways at " + size[0])
                        .isTrue();
                // The layout scrolls inside itself, so a tall window shows the whole page in one picture.
                admin.setViewportSize(size[0], 2400);
                admin.waitForTimeout(300);
                admin.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                        "staff" + path.replace('/', '-') + "-" + size[0] + ".png")));
                admin.setViewportSize(size[0], size[1]);
            }
        }

        browser.open(admin, "/panels/" + made.panel());
        assertThat(admin.locator("#panel-phases li[aria-current=step]")).hasCount(1);
        assertThat(admin.locator("#panel-phases li[aria-current=step]")).containsText("Recrutement des volontaires");
        browser.open(admin, "/projects");
        assertThat(admin.locator("#project-" + made.project() + " vaadin-progress-bar")).hasAttribute("aria-label",
                "Part financée du projet « Tiers-lieu " + run + " »");
        browser.open(admin, "/admin/audit");
        assertThat(admin.locator("#audit-grid")).containsText("Nouvelle phase : Recrutement des volontaires");
        assertThat(admin.locator("#audit-grid")).not().containsText("RECRUITING");
    }
}
