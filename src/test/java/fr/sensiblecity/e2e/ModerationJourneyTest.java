package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.drafts.ConsultationService;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camille, on her phone, reports a consultation comment that insults cyclists; Morgane, a moderator, finds it in
 * the one queue of every reported text, opens it in context and hides it with a public reason, which every reader
 * then sees in place of the text. The queue passes the accessibility audit on a phone and on a desktop.
 */
@EndToEndTest
class ModerationJourneyTest extends BrowserStory {

    @Autowired
    ResidentService residents;

    @Autowired
    DraftService drafts;

    @Autowired
    ConsultationService consultation;

    @Test
    void a_resident_reports_a_consultation_comment_and_a_moderator_hides_it_with_a_reason() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page camille = browser.signedIn("camille-" + run, "Camille " + run);
        Page morgane = browser.signedIn("morgane-" + run, "Morgane " + run);
        long yann = residents.signIn("demo", "yann-" + run, "Yann " + run).id();
        AtomicLong draft = new AtomicLong();
        SystemTask.runAsAdministrator("e2e", () -> {
            residents.searchResidents("Morgane " + run)
                    .forEach(account -> residents.grantRole(account.id(), Role.MODERATOR));
            draft.set(drafts.openDraft(new DraftForm("Vélo " + run, "Comment partager la route ?",
                    "Conseil municipal", null)));
            drafts.addSection(draft.get(), "Pistes cyclables", "La commune trace une piste le long du canal.");
            drafts.advancePhase(draft.get(), DraftPhase.CONSULTATION);
        });
        long comment;
        try {
            Actors.resident(yann);
            consultation.commentSection(draft.get(), drafts.findDraft(draft.get()).sections().getFirst().id(), null,
                    "Les cyclistes sont des parasites, qu'ils restent chez eux.");
            comment = consultation.commentsBySection(draft.get()).values().iterator().next().getLast().id();
        } finally {
            Actors.clear();
        }
        String consultationPath = "/drafts/" + draft.get() + "/consultation";

        camille.setViewportSize(390, 844);
        browser.open(camille, consultationPath);
        camille.locator("#report-consultation-comment-" + comment).click();
        camille.locator("#reason-text textarea").fill("Insulte envers les cyclistes");
        AccessibilityAudit.assertNoViolations(camille, "report dialog on a phone");
        Browser.screenshot(camille, "report-dialog-phone");
        camille.locator("#reason-confirm").click();
        assertThat(camille.locator("vaadin-notification-card").last())
                .containsText("Merci, votre signalement est transmis aux modérateurs.");

        morgane.setViewportSize(390, 844);
        browser.open(morgane, "/moderation");
        assertThat(morgane.locator("#open-consultation_comment-" + comment))
                .containsText("Les cyclistes sont des parasites");
        assertThat(morgane.locator("#report-queue")).containsText("Insulte envers les cyclistes");
        AccessibilityAudit.assertNoViolations(morgane, "moderation queue on a phone");
        Browser.screenshot(morgane, "moderation-queue-phone");
        morgane.setViewportSize(1280, 900);
        AccessibilityAudit.assertNoViolations(morgane, "moderation queue on a desktop");
        Browser.screenshot(morgane, "moderation-queue-desktop");

        morgane.locator("#hide-consultation_comment-" + comment).click();
        morgane.locator("#reason-text textarea").fill("Propos insultants envers une partie des habitants");
        morgane.locator("#reason-confirm").click();
        assertThat(morgane.locator("vaadin-notification-card").last()).containsText("C'est fait, et inscrit au journal.");
        assertThat(morgane.locator("#open-consultation_comment-" + comment)).isHidden();

        Page visitor = browser.newVisitor();
        browser.open(visitor, consultationPath);
        assertThat(visitor.locator("#consultation-comment-" + comment))
                .containsText("Commentaire masqué : Propos insultants envers une partie des habitants");
        assertThat(visitor.locator("#consultation-comment-" + comment)).not().containsText("parasites");
        AccessibilityAudit.assertNoViolations(visitor, "consultation page with a hidden comment");
        visitor.setViewportSize(390, 844);
        Browser.screenshot(visitor, "consultation-hidden-comment-phone");
    }
}
