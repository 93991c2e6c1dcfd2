package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Members write the recommendations, as in Gdansk: Camille, on her phone, proposes one during the final
 * deliberation; Dominique, on a desktop, sees it appear without reloading and supports it, and Camille sees the
 * support arrive; the facilitator puts it to the vote; both members vote by secret ballot and the facilitator's
 * count finds 100 % for, above the 80 % rule: the recommendation is adopted. Camille then proposes another one,
 * rewords it while nobody supports it and withdraws it; Dominique sees each step live. The draft page with its members'
 * proposals passes the accessibility audit at 390 x 844 and on a desktop, for a member and for the facilitator.
 */
@EndToEndTest
class ProposalJourneyTest extends BrowserStory {

    @Autowired
    ResidentService residents;

    @Autowired
    DraftService drafts;

    @Test
    void a_member_proposes_another_supports_the_facilitator_puts_it_to_the_vote_and_80_percent_adopt_it() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page camille = browser.signedIn("camille-" + run, "Camille " + run);
        Page dominique = browser.signedIn("dominique-" + run, "Dominique " + run);
        Page fanny = browser.signedIn("fanny-" + run, "Fanny " + run);
        AtomicLong draft = new AtomicLong();
        SystemTask.runAsAdministrator("e2e", () -> {
            residents.grantRole(account("Fanny " + run).id(), Role.FACILITATOR);
            draft.set(drafts.openDraft(new DraftForm("Accueil " + run, "Comment mieux accueillir les nouveaux habitants ?",
                    "Conseil municipal", null)));
            drafts.addSection(draft.get(), "Mobilité", "Une navette relie les hameaux à la gare.");
            drafts.assignParticipant(draft.get(), account("Camille " + run).id(), "Collectif vélo", null);
            drafts.assignParticipant(draft.get(), account("Dominique " + run).id(), "Comité des fêtes", null);
            drafts.advancePhase(draft.get(), DraftPhase.CONSULTATION);
            drafts.advancePhase(draft.get(), DraftPhase.DELIBERATION);
        });
        String draftPath = "/drafts/" + draft.get();
        camille.setViewportSize(390, 844);
        browser.open(camille, draftPath);
        browser.open(dominique, draftPath);
        assertThat(camille.locator("#proposals")).containsText("Aucune proposition pour l'instant.");
        audit(camille, "draft page with members' proposals (member)");

        camille.locator("#rp-new").click();
        camille.locator("#rp-title input").fill("Un guichet unique d'accueil");
        camille.locator("#rp-text textarea").fill("La mairie ouvre un guichet unique pour les nouveaux habitants.");
        camille.locator("#rp-send").click();
        assertThat(camille.locator("#proposal-list")).containsText("Proposée par Camille " + run);

        assertThat(dominique.locator("#proposal-list")).containsText("Un guichet unique d'accueil");
        dominique.locator("#proposal-list vaadin-button", new Page.LocatorOptions().setHasText("Soutenir")).click();
        assertThat(dominique.locator("#proposal-list")).containsText("1 soutien");
        assertThat(camille.locator("#proposal-list")).containsText("1 soutien");
        audit(camille, "draft page with a supported proposal (member)");

        browser.open(fanny, draftPath);
        fanny.locator("#proposal-list vaadin-details").first().click();
        fanny.locator("#rp-merge").click();
        assertThat(fanny.locator("#rp-merge-parts")).containsText("Un guichet unique d'accueil");
        audit(fanny, "draft page with members' proposals (facilitator)");
        fanny.locator("#proposal-list vaadin-button", new Page.LocatorOptions().setHasText("Mettre au vote")).click();
        assertThat(fanny.locator("#proposal-list")).containsText("c'est la recommandation n° 1");
        assertThat(camille.locator("#proposal-list")).containsText("Mise au vote");

        for (Page member : new Page[] {camille, dominique}) {
            browser.open(member, draftPath + "/results");
            assertThat(member.locator("#recommendation-1")).containsText("Un guichet unique d'accueil");
            member.locator("#vote-1-for").click();
            assertThat(member.locator("#ballot-receipt")).hasText(java.util.regex.Pattern.compile(
                    "[0-9A-F]{4}(-[0-9A-F]{4}){4}"));
            member.locator("#close-receipt").click();
            assertThat(member.locator("#recommendation-1")).containsText("Vous avez voté.");
        }
        browser.open(fanny, draftPath + "/results");
        assertThat(fanny.locator("#recommendation-1")).containsText("2 votes exprimés");
        fanny.locator("#close-recommendation-vote-1").click();
        assertThat(fanny.locator("#result-1")).containsText("Adoptée et contraignante : 2 pour");
        assertThat(camille.locator("#result-1")).containsText("Adoptée et contraignante");

        browser.open(camille, draftPath);
        browser.open(dominique, draftPath);
        camille.locator("#rp-new").click();
        camille.locator("#rp-title input").fill("Des bancs le long de la navette");
        camille.locator("#rp-text textarea").fill("Des bancs à chaque arrêt de la navette des hameaux.");
        camille.locator("#rp-send").click();
        assertThat(dominique.locator("#proposal-list")).containsText("Des bancs le long de la navette");
        camille.locator("#proposal-list vaadin-details", new Page.LocatorOptions().setHasText("Modifier ma proposition"))
                .click();
        camille.locator("#proposal-list [id^=rp-edit-title-] input").fill("Des bancs abrités à chaque arrêt");
        audit(camille, "draft page with a proposal of one's own (member)");
        camille.locator("#proposal-list [id^=rp-edit-save-]").click();
        assertThat(dominique.locator("#proposal-list")).containsText("Des bancs abrités à chaque arrêt");
        camille.locator("#proposal-list [id^=rp-withdraw-]").click();
        assertThat(dominique.locator("#proposal-list")).containsText("Son auteur l'a retirée avant qu'elle soit décidée.");
    }

    /** The audit at phone size and on a desktop, with a picture of each in target/screenshots. */
    private static void audit(Page page, String name) {
        var original = page.viewportSize();
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(300);
            AccessibilityAudit.assertNoViolations(page, name + " at " + size[0] + " px");
            page.setViewportSize(size[0], 2400);
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                    "proposals-" + name.replaceAll("[^a-z]+", "-") + "-" + size[0] + ".png")));
        }
        page.setViewportSize(original.width, original.height);
    }

    private ResidentAccount account(String name) {
        return residents.searchResidents(name).getFirst();
    }
}
