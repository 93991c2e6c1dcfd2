package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.panels.SessionLine;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.HolderType;
import fr.sensiblecity.projects.LineStatus;
import fr.sensiblecity.projects.ProjectForm;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.projects.SourceType;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
    TerritoryService territories;

    @Autowired
    PanelService panels;

    @Autowired
    IdeaService ideas;

    @Autowired
    ProjectService projects;

    @Autowired
    FundingService funding;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lists_timeline_and_staff_pages_read_well_on_a_phone_and_a_desktop() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long[] ids = data(run);
        Page admin = browser.signedIn("admin-" + run, "Adrien " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adrien " + run).forEach(account -> {
            residents.grantRole(account.id(), Role.ADMINISTRATOR);
            residents.grantRole(account.id(), Role.MODERATOR);
            residents.grantRole(account.id(), Role.FACILITATOR);
        }));
        List<String> pages = List.of("/projects", "/panels", "/panels/" + ids[0], "/admin/audit", "/moderation",
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

        browser.open(admin, "/panels/" + ids[0]);
        assertThat(admin.locator("#panel-phases li[aria-current=step]")).hasCount(1);
        assertThat(admin.locator("#panel-phases li[aria-current=step]")).containsText("Recrutement des volontaires");
        browser.open(admin, "/projects");
        assertThat(admin.locator("#project-" + ids[1] + " vaadin-progress-bar")).hasAttribute("aria-label",
                "Part financée du projet « Tiers-lieu " + run + " »");
        browser.open(admin, "/admin/audit");
        assertThat(admin.locator("#audit-grid")).containsText("Nouvelle phase : Recrutement des volontaires");
        assertThat(admin.locator("#audit-grid")).not().containsText("RECRUITING");
    }

    /** A recruiting panel with two sessions, and a project with a committed funding line. */
    private long[] data(String run) {
        long[] ids = new long[2];
        SystemTask.runAsAdministrator("e2e", () -> {
            TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valsorne " + run,
                    "9" + (1000 + ThreadLocalRandom.current().nextInt(9000)), 2400, 2023, true,
                    List.of("Le Bourg", "Les Hameaux")));
            ids[0] = panels.createPanel(new PanelForm("Quelle place pour la voiture au centre-bourg ? " + run,
                    "Conseil municipal de Valsorne", commune.id(), 2, 0, null, null,
                    List.of(new QuotaLine("gender", "female", 0, 2), new QuotaLine("gender", "male", 0, 2)),
                    List.of(new SessionLine(LocalDateTime.now().plusDays(20), "Salle des fêtes", "Accueil et méthode"),
                            new SessionLine(LocalDateTime.now().plusDays(34), "Mairie", "Audition des experts"))));
            panels.advance(ids[0], PanelPhase.RECRUITING);
        });
        long commune = jdbc.queryForObject("select territory_id from panel where id = ?", Long.class, ids[0]);
        long theme = jdbc.queryForObject("select min(id) from theme", Long.class);
        Actors.resident(residents.signIn("e2e", "camille-" + run, "Camille " + run).id());
        long idea;
        try {
            idea = ideas.submitIdea(new IdeaForm("Un tiers-lieu dans l'ancienne poste " + run,
                    "Une description assez longue pour être publiée sans souci.", theme, commune, null));
        } finally {
            Actors.clear();
        }
        jdbc.update("update idea set state = 'MATURE', matured_at = created_at where id = ?", idea);
        SystemTask.runAsAdministrator("e2e", () -> {
            ids[1] = projects.promote(List.of(idea), new ProjectForm("Tiers-lieu " + run,
                    "Un tiers-lieu dans l'ancienne poste, ouvert le samedi.", commune, HolderType.COMMUNE,
                    "Mairie de Valsorne", "La Poste", List.of(theme), new BigDecimal("10000")),
                    "Cette idée devient un projet expérimental.");
            long line = funding.addLine(ids[1], "Région", SourceType.REGION, new BigDecimal("4000"));
            funding.moveLine(line, LineStatus.COMMITTED);
        });
        return ids;
    }
}
