package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.thresholds.ThresholdService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import fr.sensiblecity.support.MariaDbTest;

/**
 * Consultation comments and amendment comments go through the one moderation every public text goes through:
 * reported with a reason, hidden at once after enough reports, in the moderators' queue with a link to where they are
 * read, hidden or restored with a public reason, and every decision in the audit trail. Role by role.
 */
@MariaDbTest
class DraftCommentModerationTest {

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    ConsultationService consultation;

    @Autowired
    ReportService reports;

    @Autowired
    ContentModerationService moderation;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LiveSignals signals;

    @Autowired
    fr.sensiblecity.support.MutableClock clock;

    long facilitator;
    long moderator;
    long administrator;
    long author;
    DraftFixtures.Process process;
    long amendment;
    long amendmentComment;
    long auditBefore;

    @BeforeEach
    void aDraftWithAnAmendmentCommentThenInConsultation() {
        database.wipe();
        // The trail is append-only and outlives each test: this test reads only what it adds.
        auditBefore = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
        facilitator = fixtures.facilitator();
        moderator = fixtures.resident("modératrice");
        administrator = fixtures.resident("admin");
        author = fixtures.resident("auteur");
        process = fixtures.openProcess(facilitator, 2);
        Actors.resident(process.member(1));
        amendment = amendments.proposeAmendment(process.mobility(), "Une navette électrique vers la gare.", "Le bruit.");
        Actors.resident(process.member(2));
        amendments.commentAmendment(amendment, "Les membres de l'association 1 ne comprennent rien.");
        amendmentComment = amendments.commentsOn(amendment).getFirst().id();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    private long consultationComment(String text) {
        Actors.resident(facilitator, Role.FACILITATOR);
        if (drafts.findDraft(process.draft()).phase() != DraftPhase.CONSULTATION) {
            drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        }
        Actors.resident(author);
        consultation.commentSection(process.draft(), process.mobility(), null, text);
        return consultation.commentsBySection(process.draft()).get(process.mobility()).getLast().id();
    }

    private DiscussionEntry shownInConsultation(long commentId) {
        return consultation.commentsBySection(process.draft()).get(process.mobility()).stream()
                .filter(each -> each.id() == commentId).findFirst().orElseThrow();
    }

    private List<String> auditOf(String targetType, long id) {
        return jdbc.queryForList("select action from audit_entry where target_type = ? and target_id = ? "
                + "and seq > ? order by seq", String.class, targetType, id, auditBefore);
    }

    @Test
    void a_consultation_comment_is_hidden_after_three_reports_and_a_moderator_restores_it_with_a_reason() {
        long comment = consultationComment("Ces gens-là ne méritent pas de navette.");
        for (String name : List.of("r1", "r2")) {
            Actors.resident(fixtures.resident(name));
            assertThat(reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Propos méprisants")).isFalse();
        }
        Actors.resident(fixtures.resident("r3"));
        assertThat(reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Propos méprisants")).as("hidden at once")
                .isTrue();

        Actors.visitor();
        DiscussionEntry hidden = shownInConsultation(comment);
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.body()).as("the text is for moderators only").isEmpty();
        assertThat(hidden.hiddenReason()).isEqualTo(ReportService.HIDDEN_PENDING_REVIEW);
        Actors.resident(moderator, Role.MODERATOR);
        assertThat(shownInConsultation(comment).body()).isEqualTo("Ces gens-là ne méritent pas de navette.");

        assertThat(moderation.reportQueue()).singleElement().satisfies(item -> {
            assertThat(item.type()).isEqualTo(DraftContent.CONSULTATION_COMMENT);
            assertThat(item.reports()).isEqualTo(3);
            assertThat(item.hidden()).isTrue();
            assertThat(item.reasons()).containsOnly("Propos méprisants");
            assertThat(item.link()).isEqualTo("drafts/" + process.draft() + "/consultation#consultation-comment-" + comment);
            assertThat(item.excerpt()).isEqualTo("Ces gens-là ne méritent pas de navette.");
        });
        moderation.restore(DraftContent.CONSULTATION_COMMENT, comment, "Critique vive mais sans insulte");
        assertThat(moderation.reportQueue()).isEmpty();
        Actors.visitor();
        assertThat(shownInConsultation(comment).hidden()).isFalse();
        assertThat(shownInConsultation(comment).body()).isEqualTo("Ces gens-là ne méritent pas de navette.");
        assertThat(auditOf("CONSULTATION_COMMENT", comment)).containsExactly("AUTO_HIDE", "RESTORE");
    }

    @Test
    void pages_open_on_the_draft_hear_at_once_that_a_comment_was_hidden_or_restored() throws Exception {
        long comment = consultationComment("Achetez mes vélos sur mon site !");
        java.util.concurrent.BlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread.sleep(1000); // what the setting up signalled has been heard; from here, only moderation speaks
        var page = signals.listen(LiveTopic.DRAFT_ACTIVITY, process.draft(), () -> heard.add("draft"));
        try {
            Actors.resident(moderator, Role.MODERATOR);
            moderation.hide(DraftContent.CONSULTATION_COMMENT, comment, "Publicité pour un commerce");
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).as("consultation comment hidden")
                    .isEqualTo("draft");
            Thread.sleep(600);
            heard.clear();
            moderation.restore(DraftContent.CONSULTATION_COMMENT, comment, "Un lien utile, finalement");
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).as("consultation comment restored")
                    .isEqualTo("draft");
            Thread.sleep(600);
            heard.clear();
            moderation.hide(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos méprisants envers une association");
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).as("amendment comment hidden")
                    .isEqualTo("draft");
        } finally {
            page.remove();
        }
    }

    @Test
    void consultation_and_amendment_comments_with_many_links_wait_for_a_moderator() {
        String links = "Voir https://a.example.org, https://b.example.org et www.c.example.org pour les horaires.";
        int counted = amendmentCommentCount();
        long consultationHeld = consultationComment(links);
        Actors.resident(process.member(1));
        amendments.commentAmendment(amendment, links);
        long amendmentHeld = amendments.commentsOn(amendment).getLast().id();

        Actors.resident(author);
        assertThat(shownInConsultation(consultationHeld).body()).as("its author reads it").isEqualTo(links);
        assertThat(shownInConsultation(consultationHeld).hiddenReason())
                .isEqualTo(HiddenMarks.AWAITING_MODERATION);
        Actors.resident(process.member(1));
        assertThat(amendments.commentsOn(amendment)).extracting(DiscussionEntry::id).contains(amendmentHeld);
        for (Runnable reader : List.<Runnable>of(() -> Actors.resident(process.member(2)),
                () -> Actors.resident(facilitator, Role.FACILITATOR), Actors::visitor)) {
            reader.run();
            assertThat(consultation.commentsBySection(process.draft()).get(process.mobility()))
                    .extracting(DiscussionEntry::id).as("others do not see it").doesNotContain(consultationHeld);
        }
        Actors.resident(process.member(2));
        assertThat(amendments.commentsOn(amendment)).extracting(DiscussionEntry::id).doesNotContain(amendmentHeld);

        Actors.resident(moderator, Role.MODERATOR);
        assertThat(moderation.reportQueue()).extracting(item -> item.type().key() + ":" + item.reasons())
                .containsExactlyInAnyOrder("CONSULTATION_COMMENT:[@many-links]", "AMENDMENT_COMMENT:[@many-links]");
        moderation.restore(DraftContent.CONSULTATION_COMMENT, consultationHeld, "Liens utiles vers les horaires");
        moderation.hide(DraftContent.AMENDMENT_COMMENT, amendmentHeld, "Liens publicitaires");
        Actors.visitor();
        assertThat(shownInConsultation(consultationHeld).body()).isEqualTo(links);
        Actors.resident(process.member(2));
        assertThat(amendments.commentsOn(amendment)).filteredOn(each -> each.id() == amendmentHeld).singleElement()
                .satisfies(each -> assertThat(each.hiddenReason()).isEqualTo("Liens publicitaires"));
        assertThat(auditOf("CONSULTATION_COMMENT", consultationHeld)).containsExactly("AUTO_HOLD", "RESTORE");
        assertThat(amendmentCommentCount()).as("refused: never shown, never counted").isEqualTo(counted);

        Actors.resident(process.member(1));
        amendments.commentAmendment(amendment, "Encore " + links);
        long approved = amendments.commentsOn(amendment).getLast().id();
        assertThat(amendmentCommentCount()).as("held: not counted yet").isEqualTo(counted);
        Actors.resident(moderator, Role.MODERATOR);
        moderation.restore(DraftContent.AMENDMENT_COMMENT, approved, "Liens utiles vers les horaires");
        assertThat(amendmentCommentCount()).as("approved: counted").isEqualTo(counted + 1);
    }

    private int amendmentCommentCount() {
        return jdbc.queryForObject("select comment_count from amendment where id = ?", Integer.class, amendment);
    }

    @Test
    void a_new_account_waits_before_commenting_the_consultation_or_an_amendment_whatever_its_roles() {
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of("moderation.new-account-hours", "24"));
        try {
            for (Runnable newcomer : List.<Runnable>of(() -> Actors.resident(author),
                    () -> Actors.resident(moderator, Role.MODERATOR))) {
                newcomer.run();
                assertThatThrownBy(() -> consultation.commentSection(process.draft(), process.mobility(), null,
                        "Un avis tout neuf.")).isInstanceOf(DomainException.class).extracting("messageKey")
                        .isEqualTo("moderation.error.accountTooNew");
            }
            Actors.resident(process.member(1));
            assertThatThrownBy(() -> amendments.commentAmendment(amendment, "Un avis tout neuf."))
                    .isInstanceOf(DomainException.class).extracting("messageKey")
                    .isEqualTo("moderation.error.accountTooNew");
            clock.advance(java.time.Duration.ofHours(25));
            Actors.resident(process.member(1));
            amendments.commentAmendment(amendment, "Un avis, un jour plus tard.");
            Actors.resident(author);
            consultation.commentSection(process.draft(), process.mobility(), null, "Un avis, un jour plus tard.");
            assertThat(consultation.commentsBySection(process.draft()).get(process.mobility())).hasSize(1);
        } finally {
            Actors.resident(administrator, Role.ADMINISTRATOR);
            thresholds.change(Map.of("moderation.new-account-hours", "0"));
            clock.reset();
        }
    }

    @Test
    void a_moderator_hides_a_consultation_comment_with_a_public_reason_shown_in_its_place() {
        long comment = consultationComment("Achetez mes vélos sur mon site !");
        Actors.resident(fixtures.resident("r1"));
        reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Publicité");
        Actors.resident(moderator, Role.MODERATOR);
        assertThatThrownBy(() -> moderation.hide(DraftContent.CONSULTATION_COMMENT, comment, "x"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("moderation.error.reason");
        moderation.hide(DraftContent.CONSULTATION_COMMENT, comment, "Publicité pour un commerce");
        assertThatThrownBy(() -> moderation.hide(DraftContent.CONSULTATION_COMMENT, comment, "Encore une fois"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("moderation.error.alreadyHidden");

        Actors.resident(author);
        DiscussionEntry shown = shownInConsultation(comment);
        assertThat(shown.hidden()).isTrue();
        assertThat(shown.hiddenReason()).isEqualTo("Publicité pour un commerce");
        assertThat(shown.body()).isEmpty();
        Actors.resident(fixtures.resident("r2"));
        assertThat(reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Toujours de la pub"))
                .as("a hidden comment can still be reported, but nothing more happens").isFalse();
        assertThat(auditOf("CONSULTATION_COMMENT", comment)).containsExactly("HIDE");
        Actors.resident(moderator, Role.MODERATOR);
        assertThat(moderation.reportQueue()).singleElement().satisfies(item -> assertThat(item.reports()).isEqualTo(1));
    }

    @Test
    void reporting_a_consultation_comment_role_by_role() {
        long comment = consultationComment("Un commentaire ordinaire sur la navette.");
        Actors.visitor();
        assertThatThrownBy(() -> reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet"))
                .as("anonymous").isInstanceOf(AccessDeniedException.class);
        Actors.resident(author);
        assertThatThrownBy(() -> reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet"))
                .as("author").isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("report.error.own");
        Actors.resident(fixtures.resident("habitante"));
        assertThatThrownBy(() -> reports.report(DraftContent.CONSULTATION_COMMENT, comment, "x"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("report.error.reason");
        reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet");
        assertThatThrownBy(() -> reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("report.error.already");
        assertThatThrownBy(() -> reports.report(DraftContent.CONSULTATION_COMMENT, comment + 1000, "Hors sujet"))
                .isInstanceOf(NotFound.class);
        Actors.resident(facilitator, Role.FACILITATOR);
        reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet, vu par l'animatrice");
        Actors.resident(moderator, Role.MODERATOR);
        assertThat(reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet, vu par la modération"))
                .as("the third report hides it").isTrue();
        Actors.resident(administrator, Role.ADMINISTRATOR);
        assertThat(reports.report(DraftContent.CONSULTATION_COMMENT, comment, "Hors sujet, vu par l'administration"))
                .as("already hidden").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from report where target_type = 'CONSULTATION_COMMENT'",
                Integer.class)).isEqualTo(4);
    }

    @Test
    void only_moderators_and_administrators_hide_and_restore_draft_comments() {
        long comment = consultationComment("Un commentaire ordinaire sur la navette.");
        long resident = fixtures.resident("habitante");
        for (Runnable actor : new Runnable[] {Actors::visitor, () -> Actors.resident(resident),
                () -> Actors.resident(author), () -> Actors.resident(facilitator, Role.FACILITATOR),
                () -> Actors.resident(process.member(1))}) {
            actor.run();
            assertThatThrownBy(() -> moderation.hide(DraftContent.CONSULTATION_COMMENT, comment, "Une raison valable"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.hide(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Une raison valable"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.restore(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Une raison"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.reportQueue()).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(moderator, Role.MODERATOR);
        moderation.hide(DraftContent.CONSULTATION_COMMENT, comment, "Hors charte de la consultation");
        Actors.resident(administrator, Role.ADMINISTRATOR);
        moderation.restore(DraftContent.CONSULTATION_COMMENT, comment, "Relu par l'administration");
        moderation.hide(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos blessants envers une association");
        assertThat(auditOf("CONSULTATION_COMMENT", comment)).containsExactly("HIDE", "RESTORE");
        assertThat(auditOf("AMENDMENT_COMMENT", amendmentComment)).containsExactly("HIDE");
        assertThat(jdbc.queryForList("select actor_id from audit_entry where target_type = 'AMENDMENT_COMMENT' "
                + "and seq > ?", Long.class, auditBefore)).containsExactly(administrator);
    }

    @Test
    void an_amendment_comment_is_reported_by_those_who_read_it_and_its_text_stays_for_moderators() {
        // The draft is still being written: only its participants and staff read its amendments.
        Actors.resident(fixtures.resident("passante"));
        assertThatThrownBy(() -> reports.report(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos blessants"))
                .as("a resident who cannot read the draft").isInstanceOf(NotFound.class);
        Actors.resident(process.member(2));
        assertThatThrownBy(() -> reports.report(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos blessants"))
                .as("author").isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("report.error.own");
        Actors.resident(process.member(1));
        assertThat(reports.report(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos blessants")).isFalse();

        Actors.resident(moderator, Role.MODERATOR);
        assertThat(moderation.reportQueue()).singleElement().satisfies(item -> {
            assertThat(item.type()).isEqualTo(DraftContent.AMENDMENT_COMMENT);
            assertThat(item.link()).isEqualTo("amendments/" + amendment + "#amendment-comment-" + amendmentComment);
            assertThat(item.hidden()).isFalse();
        });
        moderation.hide(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos blessants envers une association");
        assertThat(amendments.commentsOn(amendment).getFirst().body()).as("moderators read the hidden text")
                .startsWith("Les membres");

        Actors.resident(process.member(1));
        DiscussionEntry shown = amendments.commentsOn(amendment).getFirst();
        assertThat(shown.hidden()).isTrue();
        assertThat(shown.body()).isEmpty();
        assertThat(shown.hiddenReason()).isEqualTo("Propos blessants envers une association");
        assertThat(auditOf("AMENDMENT_COMMENT", amendmentComment)).containsExactly("HIDE");

        Actors.resident(moderator, Role.MODERATOR);
        moderation.restore(DraftContent.AMENDMENT_COMMENT, amendmentComment, "L'association a retiré sa plainte");
        assertThatThrownBy(() -> moderation.restore(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Une autre fois"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("moderation.error.notHidden");
        Actors.resident(process.member(1));
        assertThat(amendments.commentsOn(amendment).getFirst().body()).startsWith("Les membres");
        assertThat(auditOf("AMENDMENT_COMMENT", amendmentComment)).containsExactly("HIDE", "RESTORE");
    }

    @Test
    void the_reports_that_hide_follow_the_administrators_setting_for_every_kind_of_text() {
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of("ideas.reports-to-hide", "1"));
        Actors.resident(process.member(1));
        assertThat(reports.report(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Propos blessants"))
                .as("hidden at the first report").isTrue();
        assertThat(amendments.commentsOn(amendment).getFirst().hiddenReason()).isEqualTo(ReportService.HIDDEN_PENDING_REVIEW);
        assertThat(auditOf("AMENDMENT_COMMENT", amendmentComment)).containsExactly("AUTO_HIDE");

        Actors.resident(moderator, Role.MODERATOR);
        moderation.dismissReports(DraftContent.AMENDMENT_COMMENT, amendmentComment, "Rien de contraire à la charte");
        assertThat(amendments.commentsOn(amendment).getFirst().hidden()).as("shown again").isFalse();
        assertThat(moderation.reportQueue()).isEmpty();
        assertThat(auditOf("AMENDMENT_COMMENT", amendmentComment)).containsExactly("AUTO_HIDE", "DISMISS_REPORTS");
    }
}
