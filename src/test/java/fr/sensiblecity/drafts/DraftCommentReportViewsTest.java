package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.thresholds.ThresholdService;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camille reports a consultation comment and an amendment comment through the shared report dialog, and a moderator
 * hides one from the queue that lists every kind of text, without a browser.
 */
@MariaDbTest
@SignedInAs(name = "Camille")
class DraftCommentReportViewsTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    ConsultationService consultation;

    @Autowired
    ReportService reports;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    ContentModerationService moderation;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    Authentication camille;
    long facilitator;
    DraftFixtures.Process process;

    @BeforeEach
    void camilleTakesPartInAnOpenProcess() {
        camille = SecurityContextHolder.getContext().getAuthentication();
        long camilleId = ((ResidentPrincipal) camille.getPrincipal()).residentId();
        facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 2);
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.assignParticipant(process.draft(), camilleId, "Collectif vélo", null);
        SecurityContextHolder.getContext().setAuthentication(camille);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    private long consultationCommentBy(long author, String text) {
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        Actors.resident(author);
        consultation.commentSection(process.draft(), process.mobility(), null, text);
        long id = consultation.commentsBySection(process.draft()).get(process.mobility()).getLast().id();
        SecurityContextHolder.getContext().setAuthentication(camille);
        return id;
    }

    @Test
    void camille_reports_a_consultation_comment_with_a_reason_and_a_too_short_one_is_explained() {
        long comment = consultationCommentBy(fixtures.resident("Yann"), "Les cyclistes sont des nuisibles.");
        navigate("drafts/" + process.draft() + "/consultation", Component.class);
        Button report = $(Button.class).id("report-consultation-comment-" + comment);
        assertThat(report.getAriaLabel()).contains("Signaler le commentaire de Yann");
        test(report).click();
        assertThat($(Dialog.class).last().getHeaderTitle()).isEqualTo("Signaler ce commentaire");
        test($(TextArea.class).id("reason-text")).setValue("x");
        test($(Button.class).id("reason-confirm")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("entre 5 et 500 caractères");
        assertThat($(Dialog.class).last().isOpened()).as("what was typed is kept").isTrue();

        test($(TextArea.class).id("reason-text")).setValue("Propos méprisants envers les cyclistes");
        test($(Button.class).id("reason-confirm")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Merci, votre signalement est transmis aux modérateurs.");
        assertThat(jdbc.queryForList("select reason from report where target_type = 'CONSULTATION_COMMENT' "
                + "and target_id = ?", String.class, comment)).containsExactly("Propos méprisants envers les cyclistes");
    }

    @Test
    void nobody_is_offered_to_report_their_own_comment_and_visitors_are_not_offered_at_all() {
        long camilleId = ((ResidentPrincipal) camille.getPrincipal()).residentId();
        long own = consultationCommentBy(camilleId, "Ma propre remarque sur la navette.");
        navigate("drafts/" + process.draft() + "/consultation", Component.class);
        assertThat($(Div.class).id("consultation-comment-" + own).getElement().getTextRecursively())
                .contains("Ma propre remarque");
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("report-"));
        Actors.visitor();
        navigate("drafts/" + process.draft() + "/consultation", Component.class);
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("report-"));
    }

    @Test
    void camille_reports_an_amendment_comment_which_is_hidden_at_once_with_its_public_reason_in_its_place() {
        Actors.resident(fixtures.resident("admin"), Role.ADMINISTRATOR);
        thresholds.change(Map.of("ideas.reports-to-hide", "1"));
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.mobility(), "Une navette électrique vers la gare.", "Bruit.");
        amendments.commentAmendment(amendment, "Ceux qui votent contre sont des idiots.");
        long comment = amendments.commentsOn(amendment).getFirst().id();
        SecurityContextHolder.getContext().setAuthentication(camille);

        navigate("amendments/" + amendment, Component.class);
        test($(Button.class).id("report-amendment-comment-" + comment)).click();
        test($(TextArea.class).id("reason-text")).setValue("Insulte envers les autres participants");
        test($(Button.class).id("reason-confirm")).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Merci. Plusieurs habitants l'ont signalé");
        String shown = $(Div.class).id("amendment-comment-" + comment).getElement().getTextRecursively();
        assertThat(shown).contains("Commentaire masqué : masqué après plusieurs signalements")
                .doesNotContain("idiots");
    }

    @Test
    void a_moderator_opens_an_amendment_of_a_draft_still_being_written_and_reads_a_hidden_comment_there() {
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.mobility(), "Une navette électrique vers la gare.", "Bruit.");
        amendments.commentAmendment(amendment, "Ceux qui votent contre sont des idiots.");
        long comment = amendments.commentsOn(amendment).getFirst().id();
        Actors.resident(fixtures.resident("Morgane"), Role.MODERATOR);
        moderation.hide(DraftContent.AMENDMENT_COMMENT, comment, "Insulte envers les participants");

        navigate("amendments/" + amendment, Component.class);
        String shown = $(Div.class).id("amendment-comment-" + comment).getElement().getTextRecursively();
        assertThat(shown).contains("Commentaire masqué : Insulte envers les participants").contains("idiots");

        SecurityContextHolder.getContext().setAuthentication(camille);
        navigate("amendments/" + amendment, Component.class);
        shown = $(Div.class).id("amendment-comment-" + comment).getElement().getTextRecursively();
        assertThat(shown).contains("Commentaire masqué : Insulte envers les participants").doesNotContain("idiots");
        assertThat($(Button.class).all()).as("a hidden comment is not reported again")
                .noneMatch(button -> button.getId().orElse("").equals("report-amendment-comment-" + comment));
    }

    @Test
    void a_moderator_finds_a_consultation_comment_in_the_one_queue_and_hides_it_with_a_public_reason() {
        long comment = consultationCommentBy(fixtures.resident("Yann"), "Achetez mes vélos sur mon site !");
        Actors.resident(fixtures.resident("Rémi"));
        reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Publicité");
        Actors.resident(fixtures.resident("Morgane"), Role.MODERATOR);

        navigate("moderation", Component.class);
        Grid<?> queue = $(Grid.class).id("report-queue");
        assertThat(test(queue).size()).isEqualTo(1);
        assertThat(test(queue).getCellText(0, 1)).isEqualTo("Commentaire de consultation");
        Anchor inContext = (Anchor) ((Div) test(queue).getCellComponent(0, 0)).getComponentAt(0);
        assertThat(inContext.getId()).hasValue("open-consultation_comment-" + comment);
        assertThat(inContext.getHref())
                .isEqualTo("drafts/" + process.draft() + "/consultation#consultation-comment-" + comment);
        assertThat(inContext.getText()).isEqualTo("Achetez mes vélos sur mon site !");
        Button hide = (Button) ((HorizontalLayout) test(queue).getCellComponent(0, 4)).getComponentAt(0);
        assertThat(hide.getId()).hasValue("hide-consultation_comment-" + comment);
        test(hide).click();
        test($(TextArea.class).id("reason-text")).setValue("Publicité pour un commerce");
        test($(Button.class).id("reason-confirm")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("C'est fait, et inscrit au journal.");
        assertThat(test($(Grid.class).id("report-queue")).size()).isZero();

        Actors.visitor();
        navigate("drafts/" + process.draft() + "/consultation", Component.class);
        String shown = $(Div.class).id("consultation-comment-" + comment).getElement().getTextRecursively();
        assertThat(shown).contains("Commentaire masqué : Publicité pour un commerce").doesNotContain("Achetez");
    }
}
