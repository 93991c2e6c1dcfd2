package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.panels.VolunteerService;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The panels story in real browsers: a resident volunteers for a recruiting panel, with the keyboard; a
 * facilitator publishes the lottery and draws; anyone checks the draw; the resident sees the seat offer and
 * accepts it. The list, the panel page, the run page and the published draw are audited for WCAG 2.1 AA.
 */
@EndToEndTest
class PanelJourneyTest extends BrowserStory {

    @Autowired
    TerritoryService territories;

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    ResidentService residents;

    @Test
    void a_resident_volunteers_a_facilitator_draws_and_the_resident_accepts_the_seat() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String question = "Comment rendre la place du marché plus vivante ? " + run;
        long panel = recruitingPanelWithOneOtherVolunteer(question, run);

        Page camille = browser.signedIn("camille-" + run, "Camille " + run);
        browser.open(camille, "/panels");
        AccessibilityAudit.assertNoViolations(camille, "panel list");
        camille.locator("a", new Page.LocatorOptions().setHasText(question)).click();
        assertThat(camille.locator("h1").last()).hasText(question);
        AccessibilityAudit.assertNoViolations(camille, "panel page (recruiting)");
        Browser.choose(camille, "#volunteer-category-0", "female");
        Browser.choose(camille, "#volunteer-category-1", "Le Bourg");
        // From the last choice on, with the keyboard only; the checkbox's own input takes the focus.
        camille.locator("#volunteer-category-1 vaadin-select-value-button").focus();
        for (int tab = 0; tab < 3 && !(Boolean) camille.evaluate(
                "() => !!document.activeElement.closest('#volunteer-consent')"); tab++) {
            camille.keyboard().press("Tab");
        }
        assertThat(camille.locator("#volunteer-consent input")).isFocused();
        camille.keyboard().press("Space");
        assertThat(camille.locator("#volunteer-consent")).hasAttribute("checked", "");
        KeyboardFocus.tabTo(camille, "volunteer-button");
        camille.keyboard().press("Enter");
        assertThat(camille.locator("#my-declaration")).containsText("female");

        Page fanny = browser.signedIn("fanny-" + run, "Fanny " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Fanny " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.FACILITATOR)));
        browser.open(fanny, "/panels/manage/" + panel);
        AccessibilityAudit.assertNoViolations(fanny, "panel run page (recruiting)");
        fanny.locator("#seed-announcement input").fill("Les numéros du Loto du samedi " + run);
        fanny.locator("#publish-lottery").click();
        fanny.locator("#draw-seed input").fill("5 17 23 38 41");
        fanny.locator("#draw-button").click();
        assertThat(fanny.locator("#seats")).containsText("Camille " + run);
        AccessibilityAudit.assertNoViolations(fanny, "panel run page (drawn)");

        Page visitor = browser.newVisitor();
        browser.open(visitor, "/panels/draw/" + panel);
        assertThat(visitor.locator("#draw-check-0")).containsText("la graine désigne exactement les personnes tirées");
        AccessibilityAudit.assertNoViolations(visitor, "published draw");

        browser.open(camille, "/panels/" + panel);
        assertThat(camille.locator("#seat-status")).containsText("une place vous est proposée");
        AccessibilityAudit.assertNoViolations(camille, "panel page (seat offered)");
        camille.locator("#accept-seat").click();
        assertThat(camille.locator("#seat-status")).hasText("Vous êtes membre de ce panel.");
    }

    /** A panel of two in a new commune, with one volunteer already in the pool: whoever joins is drawn. */
    private long recruitingPanelWithOneOtherVolunteer(String question, String run) {
        long[] panel = new long[1];
        SystemTask.runAsAdministrator("e2e", () -> {
            TerritorySummary commune = territories.createTerritory(new TerritoryForm("Sornebourg " + run,
                    "9" + (1000 + ThreadLocalRandom.current().nextInt(9000)), 3100, 2023, false,
                    List.of("Le Bourg", "Les Hameaux")));
            panel[0] = panels.createPanel(new PanelForm(question, "Conseil municipal", commune.id(), 2, 0, null, null,
                    List.of(new QuotaLine("gender", "female", 0, 2), new QuotaLine("gender", "male", 0, 2),
                            new QuotaLine("district", "Le Bourg", 0, 2), new QuotaLine("district", "Les Hameaux", 0, 2)),
                    List.of()));
            panels.advance(panel[0], PanelPhase.RECRUITING);
        });
        Actors.resident(residents.signIn("e2e", "dominique-" + run, "Dominique " + run).id());
        try {
            volunteering.volunteer(panel[0], Map.of("gender", "male", "district", "Les Hameaux"), true);
        } finally {
            Actors.clear();
        }
        return panel[0];
    }
}
