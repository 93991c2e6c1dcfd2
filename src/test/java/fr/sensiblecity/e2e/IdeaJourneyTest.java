package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ideas story in real browsers: a resident posts an idea; a second resident, in another browser, supports
 * it and the first sees the count change without reloading; a comment reported by a resident is hidden by a
 * moderator from the moderation queue. The list, the form, the idea page and the queue are audited for WCAG 2.1 AA.
 */
@EndToEndTest
class IdeaJourneyTest extends BrowserStory {

    private static final String COMMUNE = "Valbrume-sur-Test";

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    /** The e2e database outlives runs: reuse the test commune, or create it with a free code. */
    @BeforeEach
    void aCommune() {
        if (territories.listTerritories().stream().noneMatch(territory -> territory.name().equals(COMMUNE))) {
            SystemTask.runAsAdministrator("e2e", () -> territories.createTerritory(new TerritoryForm(COMMUNE,
                    "99" + (100 + ThreadLocalRandom.current().nextInt(900)), 860, 2023, true, List.of("Le Bourg"))));
        }
    }

    @Test
    void a_resident_posts_an_idea_another_supports_it_live_and_a_moderator_hides_a_reported_comment() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Une navette pour la gare " + run;
        Page camille = browser.signedIn("camille-" + run, "Camille " + run);
        Page dominique = browser.signedIn("dominique-" + run, "Dominique " + run);

        browser.open(camille, "/ideas/write");
        AccessibilityAudit.assertNoViolations(camille, "idea form");
        camille.locator("#idea-title input").fill(title);
        camille.locator("#idea-description textarea").fill("Une navette à la demande entre les hameaux et la gare, "
                + "réservable la veille.");
        Browser.choose(camille, "#idea-theme", "Mobilité");
        Browser.choose(camille, "#idea-territory", COMMUNE);
        camille.locator("#submit-idea").click();
        assertThat(camille.locator("h1").last()).hasText(title);
        assertThat(camille.locator("#support-count")).hasText("0 soutien");
        AccessibilityAudit.assertNoViolations(camille, "idea page (author)");
        String ideaPath = camille.url().substring(camille.url().indexOf("/ideas/"));

        browser.open(dominique, ideaPath);
        dominique.locator("#support-button").click();
        assertThat(dominique.locator("#support-count")).hasText("1 soutien");
        assertThat(camille.locator("#support-count")).hasText("1 soutien");

        dominique.locator("#comment-body textarea").fill("Bonne idée, mais qui la conduirait ? " + run);
        dominique.locator("#send-comment").click();
        Locator comment = camille.locator(".sc-comment", new Page.LocatorOptions().setHasText("qui la conduirait ? " + run));
        assertThat(comment).isVisible();
        String commentId = comment.getAttribute("id").substring("comment-".length());
        comment.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Signaler")).click();
        camille.locator("#reason-text textarea").fill("Hors sujet, message de test");
        camille.locator("#reason-confirm").click();

        Page morgane = browser.signedIn("morgane-" + run, "Morgane " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Morgane " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.MODERATOR)));
        browser.open(morgane, "/moderation");
        Locator row = morgane.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("qui la conduirait ? " + run));
        assertThat(row).isVisible();
        AccessibilityAudit.assertNoViolations(morgane, "moderation queue");
        morgane.locator("#hide-comment-" + commentId).click();
        morgane.locator("#reason-text textarea").fill("Message hors sujet");
        morgane.locator("#reason-confirm").click();
        assertThat(morgane.locator("vaadin-notification-card")).containsText("C'est fait, et inscrit au journal.");

        browser.open(camille, ideaPath);
        assertThat(camille.locator(".sc-comment", new Page.LocatorOptions().setHasText("Commentaire masqué : Message hors sujet")))
                .isVisible();
        // Newest first: the list shows a page of cards at a time, and the test database keeps earlier runs' ideas.
        browser.open(camille, "/ideas?sort=NEWEST");
        assertThat(camille.locator("#ideas-list")).containsText(title);
        AccessibilityAudit.assertNoViolations(camille, "idea list");
    }
}
