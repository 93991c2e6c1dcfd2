package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.Answer;
import fr.sensiblecity.drafts.ConsultationService;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.Implementation;
import fr.sensiblecity.drafts.RecommendationService;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The drafting story in real browsers, on an open co-construction process (panels cannot seat members here yet):
 * Camille proposes an amendment; Dominique, in another browser, sees it appear without reloading and supports it,
 * and Camille sees the support arrive; the facilitator runs the vote, both vote, version 2 appears and the
 * comparison shows the change. The draft, amendment, versions, consultation and results pages pass the audit.
 */
@EndToEndTest
class DraftJourneyTest extends BrowserStory {

    @Autowired
    ResidentService residents;

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    ConsultationService consultation;

    @Autowired
    RecommendationService recommendations;

    @Test
    void a_member_proposes_an_amendment_another_supports_it_live_and_the_vote_makes_version_2() {
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
            drafts.addSection(draft.get(), "Logement", "La commune recense les logements vacants.");
            drafts.assignParticipant(draft.get(), account("Camille " + run).id(), "Collectif vélo", null);
            drafts.assignParticipant(draft.get(), account("Dominique " + run).id(), "Comité des fêtes", null);
        });
        String draftPath = "/drafts/" + draft.get();
        browser.open(fanny, draftPath + "/setup");
        assertThat(fanny.locator("#participants")).containsText("Camille " + run);
        AccessibilityAudit.assertNoViolations(fanny, "set-up page");

        browser.open(dominique, draftPath);
        browser.open(camille, draftPath);
        assertThat(camille.locator("#draft-viewers")).containsText("Dominique " + run);
        assertThat(dominique.locator("#draft-viewers")).containsText("Camille " + run);
        AccessibilityAudit.assertNoViolations(camille, "draft page");

        camille.locator("#propose-1").click();
        camille.locator("#proposal-text-1 textarea").fill("Une navette électrique relie les hameaux à la gare.");
        camille.locator("#proposal-rationale-1 textarea").fill("Moins de bruit dans les hameaux.");
        camille.locator("#proposal-send-1").click();
        assertThat(camille.locator("h1")).containsText("Amendement n°");
        assertThat(camille.locator("ins")).containsText("électrique");

        assertThat(dominique.locator("#amendments-1")).containsText("Camille " + run);
        dominique.locator("#amendments-1 a").first().click();
        dominique.locator("#support-amendment").click();
        assertThat(dominique.locator("#amendment-supports")).hasText("1 soutien");
        assertThat(camille.locator("#amendment-supports")).hasText("1 soutien");
        AccessibilityAudit.assertNoViolations(dominique, "amendment page");

        browser.open(fanny, camille.url().substring(camille.url().indexOf("/amendments/")));
        fanny.locator("#open-vote").click();
        for (Page member : new Page[] {camille, dominique}) {
            member.locator("#vote-for").click();
            assertThat(member.locator("#ballot-receipt")).hasText(java.util.regex.Pattern.compile("[0-9A-F]{4}(-[0-9A-F]{4}){4}"));
            if (member == camille) {
                AccessibilityAudit.assertNoViolations(member, "voting receipt dialog");
            }
            member.locator("#close-receipt").click();
            assertThat(member.locator("#amendment-vote")).containsText("Vous avez voté.");
        }
        assertThat(fanny.locator("#amendment-turnout")).containsText("2 votes exprimés");
        fanny.locator("#close-vote").click();
        assertThat(camille.locator("#amendment-result")).containsText("Amendement adopté : 2 pour, 0 contre");

        browser.open(dominique, draftPath);
        assertThat(dominique.locator("#section-1")).containsText("Version 2");
        assertThat(dominique.locator("#section-1")).containsText("Une navette électrique relie les hameaux à la gare.");
        browser.open(dominique, draftPath + "/versions");
        assertThat(dominique.locator("#comparison ins")).containsText("électrique");
        AccessibilityAudit.assertNoViolations(dominique, "versions page");

        SystemTask.runAsAdministrator("e2e", () -> drafts.advancePhase(draft.get(), DraftPhase.CONSULTATION));
        Page visitor = browser.newVisitor();
        browser.open(visitor, draftPath + "/consultation");
        AccessibilityAudit.assertNoViolations(visitor, "consultation page (visitor)");
        browser.open(camille, draftPath + "/consultation");
        camille.locator("#consultation-organisation-2 input").fill("Collectif vélo");
        camille.locator("#consultation-body-2 textarea").fill("Pensez aussi aux logements pour les saisonniers.");
        camille.locator("#consultation-send-2").click();
        assertThat(camille.locator("#consultation-section-2")).containsText("Pensez aussi aux logements");
        AccessibilityAudit.assertNoViolations(camille, "consultation page (resident)");

        SystemTask.runAsAdministrator("e2e", () -> {
            drafts.advancePhase(draft.get(), DraftPhase.DELIBERATION);
            recommendations.openRecommendationVote(recommendations.addRecommendation(draft.get(),
                    "Une navette électrique toutes les heures."));
        });
        browser.open(camille, draftPath + "/results");
        browser.open(dominique, draftPath + "/results");
        String receipt = "";
        for (Page member : new Page[] {camille, dominique}) {
            member.locator("#vote-1-for").click();
            receipt = member.locator("#ballot-receipt").textContent();
            member.locator("#close-receipt").click();
            assertThat(member.locator("#recommendation-1")).containsText("Vous avez voté.");
        }
        assertThat(camille.locator("#recommendation-1")).containsText("2 votes exprimés");
        AccessibilityAudit.assertNoViolations(camille, "results page (member, vote open)");
        browser.open(fanny, draftPath + "/results");
        fanny.locator("#close-recommendation-vote-1").click();
        assertThat(fanny.locator("#result-1")).containsText("Adoptée et contraignante : 2 pour");
        SystemTask.runAsAdministrator("e2e", () -> recommendations.answerRecommendation(
                recommendations.recommendationsOf(draft.get()).getFirst().id(), Answer.PARTLY,
                "Toutes les deux heures d'abord, puis toutes les heures.", Implementation.IN_PROGRESS));
        browser.open(visitor, draftPath + "/results");
        assertThat(visitor.locator("#answer-1")).containsText("Acceptée en partie");
        visitor.locator("#verify-ballots").click();
        assertThat(visitor.locator("#ballot-check")).containsText("Vérifié : 4 bulletins");
        browser.open(dominique, draftPath + "/results");
        dominique.locator("#receipt-code input").fill(receipt);
        dominique.locator("#check-receipt").click();
        assertThat(dominique.locator("#receipt-result")).containsText("est dans l'urne et scellé : Pour");
        AccessibilityAudit.assertNoViolations(visitor, "results page (visitor)");
    }

    private ResidentAccount account(String name) {
        return residents.searchResidents(name).getFirst();
    }
}
