package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.thresholds.ThresholdService;
import fr.sensiblecity.thresholds.Thresholds;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator changes the census year behind proposed quotas on a phone, with the keyboard, and finds the
 * change in the audit trail. The value is put back afterwards: the end-to-end database is shared by every story.
 */
@EndToEndTest
class ThresholdJourneyTest extends BrowserStory {

    @Autowired
    ResidentService residents;

    @Autowired
    ThresholdService service;

    @Autowired
    Thresholds thresholds;

    @Test
    void an_administrator_changes_a_threshold_and_reads_it_in_the_audit_trail() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page adele = browser.signedIn("adele-" + run, "Adèle " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adèle " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.ADMINISTRATOR)));
        String before = thresholds.value("panels.census-year");
        String after = before.equals("2022") ? "2023" : "2022";
        try {
            adele.setViewportSize(390, 844);
            browser.open(adele, "/admin/thresholds");
            AccessibilityAudit.assertNoViolations(adele, "thresholds page on a phone");
            adele.locator("#threshold-panels-census-year input").fill("deux mille");
            KeyboardFocus.tabTo(adele, "thresholds-save");
            adele.keyboard().press("Enter");
            assertThat(adele.locator("vaadin-notification-card").last()).containsText("Saisissez un nombre entier");
            AccessibilityAudit.assertNoViolations(adele, "thresholds page with a refused value");

            adele.locator("#threshold-panels-census-year input").fill(after);
            KeyboardFocus.tabTo(adele, "thresholds-save");
            adele.keyboard().press("Enter");
            assertThat(adele.locator("vaadin-notification-card").last()).containsText("Seuils enregistrés : 1");
            Browser.screenshot(adele, "thresholds-phone");
            adele.setViewportSize(1280, 900);
            browser.open(adele, "/admin/audit");
            assertThat(adele.locator("#audit-grid")).containsText("panels.census-year: " + before + " → " + after);
        } finally {
            SystemTask.runAsAdministrator("e2e", () -> service.change(Map.of("panels.census-year", before)));
        }
    }
}
