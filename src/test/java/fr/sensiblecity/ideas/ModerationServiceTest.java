package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class ModerationServiceTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationService moderation;

    @Autowired
    ContentModerationService content;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    TerritorySummary commune;
    long author;
    long moderator;
    long idea;

    @BeforeEach
    void anIdeaAndAModerator() {
        database.wipe();
        commune = fixtures.commune(1240);
        author = fixtures.resident("author");
        moderator = fixtures.resident("morgane");
        Actors.resident(author);
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void residents_comment_and_reply_one_level_deep() {
        Actors.resident(fixtures.resident("dominique"));
        CommentView first = comments.postComment(idea, null, "Bonne idée, et près de la gare ?");
        Actors.resident(author);
        CommentView reply = comments.postComment(idea, first.id(), "Oui, une deuxième station.");
        Actors.resident(fixtures.resident("eve"));
        CommentView replyToReply = comments.postComment(idea, reply.id(), "Et des arceaux à l'école.");

        assertThat(replyToReply.parentId()).as("replies stay one level deep").isEqualTo(first.id());
        assertThat(comments.discussion(idea)).extracting(CommentView::id).containsExactly(first.id(), reply.id(),
                replyToReply.id());
        assertThat(ideas.findIdea(idea).commentCount()).isEqualTo(3);
        assertThatThrownBy(() -> comments.postComment(idea, null, " ")).isInstanceOf(DomainException.class);
        Actors.visitor();
        assertThatThrownBy(() -> comments.postComment(idea, null, "Anonyme")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_comment_reported_by_three_residents_is_hidden_at_once_pending_review() {
        Actors.resident(fixtures.resident("troll"));
        CommentView rude = comments.postComment(idea, null, "Propos injurieux");
        for (String name : new String[] {"r1", "r2"}) {
            Actors.resident(fixtures.resident(name));
            assertThat(reports.report(ContentType.COMMENT, rude.id(), "Propos injurieux")).isFalse();
        }
        Actors.resident(fixtures.resident("r1"));
        assertThatThrownBy(() -> reports.report(ContentType.COMMENT, rude.id(), "Encore"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("report.error.already");

        Actors.resident(fixtures.resident("r3"));
        assertThat(reports.report(ContentType.COMMENT, rude.id(), "Insultant")).isTrue();
        Actors.visitor();
        CommentView shown = comments.discussion(idea).getFirst();
        assertThat(shown.hidden()).isTrue();
        assertThat(shown.body()).isEmpty();
        assertThat(shown.hiddenReason()).isEqualTo(ReportService.HIDDEN_PENDING_REVIEW);

        Actors.resident(moderator, Role.MODERATOR);
        assertThat(content.reportQueue()).singleElement().satisfies(item -> {
            assertThat(item.reports()).isEqualTo(3);
            assertThat(item.hidden()).isTrue();
        });
        content.restore(ContentType.COMMENT, rude.id(), "Critique vive mais correcte");
        assertThat(content.reportQueue()).isEmpty();
        assertThat(comments.discussion(idea).getFirst().body()).isEqualTo("Propos injurieux");
    }

    @Test
    void moderators_hide_with_a_public_reason_and_everything_is_in_the_audit_trail() {
        Actors.resident(moderator, Role.MODERATOR);
        content.hide(ContentType.IDEA, idea, "Publicité pour un commerce");
        assertThatThrownBy(() -> content.hide(ContentType.IDEA, idea, "x")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("moderation.error.reason");

        Actors.visitor();
        IdeaDetails hidden = ideas.findIdea(idea);
        assertThat(hidden.state()).isEqualTo(IdeaState.HIDDEN);
        assertThat(hidden.title()).isEmpty();
        assertThat(hidden.hiddenReason()).isEqualTo("Publicité pour un commerce");
        Actors.resident(author);
        assertThat(ideas.findIdea(idea).title()).as("the author still sees their text").isNotEmpty();

        // The trail is append-only: it keeps what earlier tests did, so only its newest entry is this test's.
        Actors.resident(fixtures.resident("admin"), Role.ADMINISTRATOR);
        AuditPage trail = moderation.auditTrail(0, 10);
        assertThat(trail.chainIntact()).isTrue();
        assertThat(trail.entries()).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("HIDE");
            assertThat(entry.actorId()).isEqualTo(moderator);
            assertThat(entry.reason()).isEqualTo("Publicité pour un commerce");
        });
    }

    @Test
    void moderation_is_refused_to_everyone_but_moderators_and_administrators() {
        long resident = fixtures.resident("dominique");
        for (Runnable actor : new Runnable[] {Actors::visitor, () -> Actors.resident(resident), () -> Actors.resident(author)}) {
            actor.run();
            assertThatThrownBy(() -> content.hide(ContentType.IDEA, idea, "Une raison valable"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.reportQueue()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.auditTrail(0, 10)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(moderator, Role.MODERATOR);
        assertThatThrownBy(() -> moderation.auditTrail(0, 10)).as("the audit trail is for administrators")
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(resident, Role.ADMINISTRATOR);
        content.hide(ContentType.IDEA, idea, "Une raison valable");
        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.HIDDEN);
    }

    @Test
    void merging_moves_supports_without_counting_anyone_twice() {
        Actors.resident(fixtures.resident("other-author"));
        long target = ideas.submitIdea(fixtures.bikeIdea(commune));
        long both = fixtures.resident("both");
        long onlySource = fixtures.resident("only-source");
        Actors.resident(both);
        supports.support(idea);
        supports.support(target);
        Actors.resident(onlySource);
        supports.support(idea);
        Actors.resident(author);
        supports.support(target);

        Actors.resident(moderator, Role.MODERATOR);
        moderation.merge(idea, target, "Même proposition que l'idée de la gare.");

        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.MERGED);
        assertThat(ideas.findIdea(idea).mergedIntoId()).isEqualTo(target);
        assertThat(ideas.findIdea(target).supportCount()).as("both + author + only-source").isEqualTo(3);
        assertThat(supports.checkTrail(target).consistent()).isTrue();
    }

    @Test
    void a_moderator_rejects_a_mature_idea_with_a_public_answer() {
        for (int i = 0; i < 13; i++) {
            Actors.resident(fixtures.resident("supporter-" + i));
            supports.support(idea);
        }
        Actors.resident(moderator, Role.MODERATOR);
        assertThat(moderation.reviewQueue()).extracting(IdeaCard::id).containsExactly(idea);
        moderation.startReview(idea, "Étude par les services techniques");
        moderation.reject(idea, "Le budget de cette année ne le permet pas ; nous le réexaminerons en 2027.");

        Actors.visitor();
        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.REJECTED);
        assertThat(ideas.findIdea(idea).publicAnswer()).startsWith("Le budget");
        Actors.resident(fixtures.resident("late"));
        assertThatThrownBy(() -> supports.support(idea)).isInstanceOf(DomainException.class);
    }
}
