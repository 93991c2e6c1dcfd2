package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident supports an idea; a visitor, on a phone, notes the chain head and checks the chain with the keyboard.
 */
@EndToEndTest
class SupportChainJourneyTest extends BrowserStory {

    private static final String COMMUNE = "Valbrume (chaîne)";

    @Autowired
    TerritoryService territories;

    @Test
    void a_visitor_checks_an_ideas_support_chain_on_a_phone() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // The e2e database outlives runs: reuse the commune, or create it with a free code.
        if (territories.listTerritories().stream().noneMatch(territory -> territory.name().equals(COMMUNE))) {
            SystemTask.runAsAdministrator("e2e", () -> territories.createTerritory(new TerritoryForm(COMMUNE,
                    "98" + (100 + ThreadLocalRandom.current().nextInt(900)), 860, 2023, true, List.of("Le Bourg"))));
        }
        Page camille = browser.signedIn("camille-chain-" + run, "Camille " + run);
        browser.open(camille, "/ideas/write");
        camille.locator("#idea-title input").fill("Un abri à vélos " + run);
        camille.locator("#idea-description textarea").fill("Un abri couvert pour les vélos près de l'école du bourg.");
        Browser.choose(camille, "#idea-theme", "Mobilité");
        Browser.choose(camille, "#idea-territory", COMMUNE);
        camille.locator("#submit-idea").click();
        assertThat(camille.locator("h1").last()).hasText("Un abri à vélos " + run);
        // The page shows the idea before the browser's address says so: wait for the idea's own address.
        camille.waitForURL(java.util.regex.Pattern.compile(".*/ideas/\\d+$"));
        String ideaPath = camille.url().substring(camille.url().indexOf("/ideas/"));
        Page dominique = browser.signedIn("dominique-chain-" + run, "Dominique " + run);
        browser.open(dominique, ideaPath);
        dominique.locator("#support-button").click();
        assertThat(dominique.locator("#support-count")).hasText("1 soutien");

        Page visitor = browser.newVisitor();
        visitor.setViewportSize(390, 844);
        browser.open(visitor, ideaPath);
        assertThat(visitor.locator("#support-chain-head")).containsText("Tête de la chaîne après 1 événement,");
        AccessibilityAudit.assertNoViolations(visitor, "idea page with its support chain, phone");
        KeyboardFocus.tabTo(visitor, "support-chain-check");
        visitor.keyboard().press("Enter");
        assertThat(visitor.locator("#support-chain-result")).containsText("Chaîne intacte");
        assertThat(visitor.locator("#support-chain-result")).containsText("soutiens rejoués : 1");
        Browser.screenshot(visitor, "support-chain-phone");
        AccessibilityAudit.assertNoViolations(visitor, "idea page after a check, phone");
    }
}
