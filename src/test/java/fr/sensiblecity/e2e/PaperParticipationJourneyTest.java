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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of issue 13's story: an administrator places a mediator at the commune's counter; the mediator records,
 * on a phone, the paper support of a person without internet and prints her receipt; a second paper of the same
 * person for the same idea is refused; later the person signs in, types the code from her receipt, and the support
 * is hers, counted once, and her residency verified.
 */
@EndToEndTest
class PaperParticipationJourneyTest extends BrowserStory {

    private static final String COMMUNE = "Valbrume (papier)";

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidencyRules rules;

    @Autowired
    ResidentService residents;

    @Test
    void a_mediator_records_a_paper_support_for_another_person_who_later_claims_it() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        if (territories.listTerritories().stream().noneMatch(territory -> territory.name().equals(COMMUNE))) {
            SystemTask.runAsAdministrator("e2e", () -> territories.createTerritory(new TerritoryForm(COMMUNE,
                    "96" + (100 + ThreadLocalRandom.current().nextInt(900)), 860, 2023, true, List.of("Le Bourg"))));
        }
        TerritorySummary commune = territories.listTerritories().stream()
                .filter(territory -> territory.name().equals(COMMUNE)).findFirst().orElseThrow();
        SystemTask.runAsAdministrator("e2e", () -> rules.changeRules(commune.id(), Set.of(VerifiedAction.SUPPORT_IDEA)));

        Page camille = browser.signedIn("camille-paper-" + run, "Camille " + run);
        browser.open(camille, "/ideas/write");
        String title = "Une navette le jour du marché " + run;
        camille.locator("#idea-title input").fill(title);
        camille.locator("#idea-description textarea").fill("Une navette depuis les hameaux vers la place, le jour du marché.");
        Browser.choose(camille, "#idea-theme", "Mobilité");
        Browser.choose(camille, "#idea-territory", COMMUNE);
        camille.locator("#submit-idea").click();
        camille.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
        String ideaPath = camille.url().substring(camille.url().indexOf("/ideas/"));

        // The administrator places Maëlle, a mediator, at the commune's counter.
        Page maelle = browser.signedIn("maelle-paper-" + run, "Maëlle " + run);
        Page adele = browser.signedIn("adele-paper-" + run, "Adèle " + run);
        SystemTask.runAsAdministrator("e2e", () -> {
            residents.searchResidents("Maëlle " + run).forEach(account -> residents.grantRole(account.id(), Role.MEDIATOR));
            residents.searchResidents("Adèle " + run).forEach(account -> residents.grantRole(account.id(), Role.ADMINISTRATOR));
        });
        browser.open(adele, "/admin/verification");
        Browser.choose(adele, "#verification-territory", COMMUNE);
        adele.locator("#counter-placement-mediator input").fill("Maëlle " + run);
        adele.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Maëlle " + run)).first().click();
        adele.locator("#counter-placement-place").click();
        assertThat(adele.locator("#counter-placement-list")).containsText("Maëlle " + run);
        AccessibilityAudit.assertNoViolations(adele, "verification administration with counters, desktop");
        adele.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(adele, "verification administration with counters, phone");
        Browser.screenshot(adele, "paper-counters-phone");

        // At the counter, on a phone: Yvette signed a paper form; Maëlle checks her identity card and records it.
        maelle.setViewportSize(390, 844);
        browser.open(maelle, "/counter");
        assertThat(maelle.locator("#counter-territory")).containsText(COMMUNE);
        maelle.locator("#counter-paper-link").click();
        maelle.waitForURL(Pattern.compile(".*/counter/paper$"));
        assertThat(maelle.locator("#paper-territory")).containsText(COMMUNE);
        AccessibilityAudit.assertNoViolations(maelle, "paper form, phone");
        Browser.screenshot(maelle, "paper-form-phone");
        // A counter has a desk computer: the form is filled there (a phone's date picker covers the whole screen).
        maelle.setViewportSize(1280, 900);
        fillPaperForm(maelle, "VAL-" + run + "-1", title, run);
        maelle.locator("#paper-record").click();
        assertThat(maelle.locator("#receipt-sheet")).containsText("Vous soutenez l'idée « " + title + " »");
        String code = maelle.locator("#receipt-code").textContent();
        AccessibilityAudit.assertNoViolations(maelle, "receipt, desktop");
        Browser.screenshot(maelle, "paper-receipt-desktop");
        maelle.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(maelle, "receipt, phone");
        Browser.screenshot(maelle, "paper-receipt-phone");
        maelle.setViewportSize(1280, 900);

        // The same person on a second paper for the same idea is refused: she counts once.
        maelle.locator("#receipt-back").click();
        fillPaperForm(maelle, "VAL-" + run + "-2", title, run);
        maelle.locator("#paper-record").click();
        assertThat(maelle.locator("vaadin-notification-card").last())
                .containsText("Cette personne soutient déjà cette idée");
        AccessibilityAudit.assertNoViolations(maelle, "paper form, desktop");
        Browser.screenshot(maelle, "paper-form-desktop");
        // The two other kinds of paper form: their parts show in place of the idea, and pass the audit too.
        maelle.locator("#paper-kind vaadin-radio-button", new Page.LocatorOptions().setHasText("Volontariat")).click();
        assertThat(maelle.locator("#paper-panel")).isVisible();
        assertThat(maelle.locator("#paper-idea")).isHidden();
        AccessibilityAudit.assertNoViolations(maelle, "paper form, volunteering, desktop");
        maelle.locator("#paper-kind vaadin-radio-button", new Page.LocatorOptions().setHasText("Commentaire")).click();
        assertThat(maelle.locator("#paper-text")).isVisible();
        maelle.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(maelle, "paper form, comment, phone");

        Page visitor = browser.newVisitor();
        browser.open(visitor, ideaPath);
        assertThat(visitor.locator("#support-count")).hasText("1 soutien");

        // Later, Yvette signs in (her grandson helps) and claims the paper support with the code from her receipt.
        Page yvette = browser.signedIn("yvette-paper-" + run, "Yvette " + run);
        yvette.setViewportSize(390, 844);
        browser.open(yvette, "/claim");
        AccessibilityAudit.assertNoViolations(yvette, "claim a paper form, phone");
        // By keyboard: to the button, back to the field, type the code as written on the receipt, then confirm.
        KeyboardFocus.tabTo(yvette, "claim-submit");
        yvette.keyboard().press("Shift+Tab");
        yvette.keyboard().type(code.toLowerCase());
        yvette.keyboard().press("Tab");
        yvette.keyboard().press("Enter");
        assertThat(yvette.locator("#claim-result")).containsText("1 soutien passe dans votre compte");
        assertThat(yvette.locator("#claim-result")).containsText("Votre résidence est aussi vérifiée pour " + COMMUNE);
        Browser.screenshot(yvette, "paper-claim-phone");
        yvette.setViewportSize(1280, 900);
        AccessibilityAudit.assertNoViolations(yvette, "claim a paper form, desktop");
        browser.open(yvette, ideaPath);
        assertThat(yvette.locator("#support-count")).hasText("1 soutien");
        assertThat(yvette.locator("#support-verification")).isHidden();
    }

    /**
     * The e2e database outlives runs: the run's mark in the family name makes her a new person each time (only the
     * first given name counts, so it could not go there).
     */
    private static void fillPaperForm(Page maelle, String reference, String title, String run) {
        maelle.locator("#paper-form input").fill(reference);
        maelle.locator("#paper-family input").fill("Martin " + run);
        maelle.locator("#paper-given input").fill("Yvette");
        maelle.locator("#paper-birth input").fill("02/05/1948");
        maelle.locator("#paper-birth input").press("Enter");
        maelle.locator("vaadin-date-picker-overlay").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        Browser.choose(maelle, "#paper-document", "Carte nationale d'identité");
        maelle.locator("#paper-idea input").fill(title.substring(0, 20));
        maelle.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(title)).first().click();
        maelle.locator("#paper-seen input").check();
    }
}
