package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.ResidencyRules;
import fr.sensiblecity.verification.VerifiedAction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a commune that reserves supporting to verified residents, a resident not yet verified reads why they cannot
 * support and how to get verified; the town hall prints a letter; the resident types its code on a phone and
 * supports. A mediator's counter page is checked too.
 */
@EndToEndTest
class VerificationJourneyTest extends BrowserStory {

    private static final String COMMUNE = "Valbrume (vérification)";

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidencyRules rules;

    @Autowired
    ResidentService residents;

    @Test
    void an_unverified_resident_learns_why_gets_a_letter_code_types_it_and_supports() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // The e2e database outlives runs: reuse the commune, or create it with a free code.
        if (territories.listTerritories().stream().noneMatch(territory -> territory.name().equals(COMMUNE))) {
            SystemTask.runAsAdministrator("e2e", () -> territories.createTerritory(new TerritoryForm(COMMUNE,
                    "97" + (100 + ThreadLocalRandom.current().nextInt(900)), 860, 2023, true, List.of("Le Bourg"))));
        }
        TerritorySummary commune = territories.listTerritories().stream()
                .filter(territory -> territory.name().equals(COMMUNE)).findFirst().orElseThrow();
        SystemTask.runAsAdministrator("e2e", () -> rules.changeRules(commune.id(), Set.of(VerifiedAction.SUPPORT_IDEA)));

        Page camille = browser.signedIn("camille-verif-" + run, "Camille " + run);
        browser.open(camille, "/ideas/write");
        camille.locator("#idea-title input").fill("Un banc à l'arrêt de car " + run);
        camille.locator("#idea-description textarea").fill("Un banc abrité à l'arrêt de car de la place, pour attendre assis.");
        Browser.choose(camille, "#idea-theme", "Mobilité");
        Browser.choose(camille, "#idea-territory", COMMUNE);
        camille.locator("#submit-idea").click();
        camille.waitForURL(java.util.regex.Pattern.compile(".*/ideas/\\d+$"));
        String ideaPath = camille.url().substring(camille.url().indexOf("/ideas/"));

        // Dominique is not verified: no support button, but why and how, on a phone.
        Page dominique = browser.signedIn("dominique-verif-" + run, "Dominique " + run);
        dominique.setViewportSize(390, 844);
        browser.open(dominique, ideaPath);
        assertThat(dominique.locator("#support-verification-reason"))
                .containsText("seuls les habitants dont la résidence est vérifiée peuvent soutenir une idée");
        assertThat(dominique.locator("#support-button")).isHidden();
        AccessibilityAudit.assertNoViolations(dominique, "idea page, resident not verified, phone");
        Browser.screenshot(dominique, "verification-idea-phone");

        // The town hall prints the letters.
        Page adele = browser.signedIn("adele-verif-" + run, "Adèle " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adèle " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.ADMINISTRATOR)));
        adele.setViewportSize(1280, 900);
        browser.open(adele, "/admin/verification");
        Browser.choose(adele, "#verification-territory", COMMUNE);
        assertThat(adele.locator("#verification-rules")).isVisible();
        AccessibilityAudit.assertNoViolations(adele, "verification administration, desktop");
        adele.locator("#verification-count input").fill("2");
        adele.locator("#verification-generate").click();
        assertThat(adele.locator("#letter-sheet .sc-letter")).hasCount(2);
        AccessibilityAudit.assertNoViolations(adele, "letter sheet, desktop");
        Browser.screenshot(adele, "verification-letters-desktop");
        String code = adele.locator("#letter-sheet .sc-letter-code").first().textContent();
        adele.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(adele, "letter sheet, phone");
        adele.locator("#letters-back").click();
        adele.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(adele, "verification administration, phone");

        // Dominique follows the link, types the code from the letter, and supports.
        dominique.locator("#support-verify-link").click();
        dominique.waitForURL(java.util.regex.Pattern.compile(".*/verify$"));
        assertThat(dominique.locator("#verify-none")).isVisible();
        AccessibilityAudit.assertNoViolations(dominique, "verify my residency, phone");
        dominique.locator("#verify-code input").fill("AAAA-AAAA-AAAA");
        dominique.locator("#verify-submit").click();
        assertThat(dominique.locator("vaadin-notification-card").last()).containsText("Ce code n'est pas valable");
        dominique.locator("#verify-code input").fill(code.toLowerCase());
        dominique.locator("#verify-submit").click();
        assertThat(dominique.locator("vaadin-notification-card").last()).containsText("Résidence vérifiée pour " + COMMUNE);
        assertThat(dominique.locator("#verify-mine")).containsText(COMMUNE);
        Browser.screenshot(dominique, "verification-verify-phone");
        dominique.setViewportSize(1280, 900);
        AccessibilityAudit.assertNoViolations(dominique, "verify my residency, desktop");
        browser.open(dominique, ideaPath);
        assertThat(dominique.locator("#support-verification")).isHidden();
        dominique.locator("#support-button").click();
        assertThat(dominique.locator("#support-count")).hasText("1 soutien");

        // A mediator's counter page, before an administrator has placed the counter.
        Page maelle = browser.signedIn("maelle-verif-" + run, "Maëlle " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Maëlle " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.MEDIATOR)));
        maelle.setViewportSize(390, 844);
        browser.open(maelle, "/counter");
        assertThat(maelle.locator("#counter-territory")).containsText("Votre profil n'indique pas de quartier");
        AccessibilityAudit.assertNoViolations(maelle, "counter page, phone");
        maelle.setViewportSize(1280, 900);
        AccessibilityAudit.assertNoViolations(maelle, "counter page, desktop");
        Browser.screenshot(maelle, "verification-counter-desktop");
    }
}
