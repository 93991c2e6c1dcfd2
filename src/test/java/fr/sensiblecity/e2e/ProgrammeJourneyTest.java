package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.residents.ResidentService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator creates a funding programme and writes its checklist, pressing buttons with the keyboard. */
@EndToEndTest
class ProgrammeJourneyTest extends BrowserStory {

    @Autowired
    ResidentService residents;

    @Autowired
    FundingService funding;

    @Test
    void an_administrator_creates_a_programme_and_its_checklist_with_the_keyboard() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page adele = browser.signedIn("adele-" + run, "Adèle " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adèle " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.ADMINISTRATOR)));
        browser.open(adele, "/admin/programmes");
        adele.locator("#new-programme").focus();
        adele.keyboard().press("Enter");
        adele.locator("#programme-code input").fill("test-e2e-" + run);
        adele.locator("#programme-name-fr input").fill("Fonds des vallées " + run);
        adele.locator("#programme-name-en input").fill("Valleys fund " + run);
        AccessibilityAudit.assertNoViolations(adele, "new programme form");
        KeyboardFocus.tabTo(adele, "save-programme");
        adele.keyboard().press("Enter");

        assertThat(adele.locator("#programme-themes")).isVisible();
        KeyboardFocus.tabTo(adele, "add-criterion");
        adele.keyboard().press("Enter");
        adele.locator("#criterion-fr-1 input").fill("Le projet associe les habitants.");
        adele.locator("#criterion-en-1 input").fill("The project involves residents.");
        AccessibilityAudit.assertNoViolations(adele, "programme rules editor");
        KeyboardFocus.tabTo(adele, "save-rules");
        adele.keyboard().press("Enter");
        assertThat(adele.locator("vaadin-notification-card").last()).containsText("Règles enregistrées.");

        Programme saved = funding.listProgrammes().stream().filter(programme -> programme.code()
                .equals("test-e2e-" + run)).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(saved.criteria()).extracting(Programme.Criterion::textEn)
                .containsExactly("The project involves residents.");
        assertThat(adele.locator("#programmes-grid")).containsText("Fonds des vallées " + run);
    }
}
