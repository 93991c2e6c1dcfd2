package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The projects story in real browsers: a moderator promotes a mature idea, checks its eligibility for the rural
 * cluster, adds a funding line and opens a campaign; a resident pledges; when the campaign closes, the public page
 * shows the city's match and the funding status. The list, the project page and the campaign page are audited for
 * WCAG 2.1 AA.
 */
@EndToEndTest
class ProjectJourneyTest extends BrowserStory {

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    IdeaService ideas;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_mature_idea_becomes_a_funded_project_matched_by_the_city() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long idea = aMatureIdea(run);
        String title = "Tiers-lieu " + run;

        Page morgane = browser.signedIn("morgane-" + run, "Morgane " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Morgane " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.MODERATOR)));
        browser.open(morgane, "/projects/new?idea=" + idea);
        assertThat(morgane.locator("#project-title input")).hasValue("Un tiers-lieu à la poste " + run);
        AccessibilityAudit.assertNoViolations(morgane, "promotion page with an idea chosen");
        morgane.locator("#project-title input").fill(title);
        Browser.choose(morgane, "#project-holder-type", "Commune");
        morgane.locator("#project-holder-name input").fill("Mairie de Valbrume");
        morgane.locator("#project-budget input").fill("1 000");
        morgane.locator("#project-summary textarea").fill("Un tiers-lieu dans l'ancienne poste, ouvert le samedi.");
        morgane.locator("#promote-create").click();
        assertThat(morgane.locator("h1").last()).hasText(title);
        morgane.waitForURL(java.util.regex.Pattern.compile(".*/projects/\\d+$"));
        String projectPath = morgane.url().substring(morgane.url().indexOf("/projects/"));

        morgane.locator("#manage-project").click();
        Browser.choose(morgane, "#eligibility-programme", "Cluster ruralité");
        morgane.locator("#eligibility-checklist vaadin-checkbox").nth(0).click();
        morgane.locator("#eligibility-checklist vaadin-checkbox").nth(1).click();
        morgane.locator("#check-eligibility").click();
        assertThat(morgane.locator("#manage-eligibility .sc-eligible")).isVisible();
        morgane.locator("#line-source input").fill("Banque des Territoires");
        Browser.choose(morgane, "#line-type", "Banque publique");
        morgane.locator("#line-amount input").fill("200");
        morgane.locator("#add-line").click();
        assertThat(morgane.locator("#funding-lines")).containsText("Banque des Territoires");
        Browser.choose(morgane, "#campaign-programme", "Cluster ruralité");
        morgane.locator("#campaign-target input").fill("1 000");
        morgane.locator("#campaign-deadline vaadin-date-picker input").fill("15/12/2030");
        morgane.locator("#campaign-deadline vaadin-date-picker input").press("Enter");
        morgane.locator("#campaign-deadline vaadin-time-picker input").fill("12:00");
        morgane.locator("#campaign-deadline vaadin-time-picker input").press("Enter");
        morgane.locator("#open-campaign").click();
        assertThat(morgane.locator("#manage-campaign-link")).isVisible();
        // The confirmations fade in and out: axe would measure their contrast halfway through.
        assertThat(morgane.locator("vaadin-notification-card")).hasCount(0);
        AccessibilityAudit.assertNoViolations(morgane, "project management page");

        Page camille = browser.signedIn("camille-" + run, "Camille " + run);
        browser.open(camille, projectPath);
        camille.locator("#campaign-link").click();
        assertThat(camille.locator("#campaign-no-payment")).containsText("aucun paiement");
        AccessibilityAudit.assertNoViolations(camille, "campaign page");
        camille.locator("#pledge-amount input").fill("600");
        camille.locator("#pledge-button").click();
        assertThat(camille.locator("#my-pledge")).containsText("600,00");
        assertThat(camille.locator("#campaign-totals")).containsText("par 1 habitant");

        clock.setTo(Instant.parse("2031-01-01T00:00:00Z"));
        SystemTask.runAsAdministrator("e2e", campaigns::closeDueCampaigns);

        Page visitor = browser.newVisitor();
        browser.open(visitor, projectPath);
        assertThat(visitor.locator("#campaign-city-match")).containsText("400,00");
        assertThat(visitor.locator("#funding-summary")).containsText("Entièrement financé");
        assertThat(visitor.locator("#funding-progress")).containsText("100 %");
        AccessibilityAudit.assertNoViolations(visitor, "project page");
        browser.open(visitor, "/projects");
        assertThat(visitor.locator("#projects-list")).containsText(title);
        AccessibilityAudit.assertNoViolations(visitor, "project list");
    }

    /** A commune of the rural cluster's size and an idea that reached maturity there. */
    private long aMatureIdea(String run) {
        String name = "Valbrume-Projets-" + run;
        TerritorySummary[] commune = new TerritorySummary[1];
        SystemTask.runAsAdministrator("e2e", () -> commune[0] = territories.createTerritory(new TerritoryForm(name,
                "98" + (100 + ThreadLocalRandom.current().nextInt(900)), 860, 2023, true, List.of())));
        long author = residents.signIn("e2e", "author-" + run, "Auteur " + run).id();
        long theme = territories.listThemes().stream().filter(item -> item.code().equals("third-places")).findFirst()
                .orElseThrow().id();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                (ResidentPrincipal) () -> author, null, List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()))));
        try {
            long id = ideas.submitIdea(new IdeaForm("Un tiers-lieu à la poste " + run,
                    "Transformer l'ancien bureau de poste en tiers-lieu ouvert le samedi.", theme, commune[0].id(), null));
            jdbc.update("update idea set state = 'MATURE', matured_at = created_at where id = ?", id);
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
