package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.moderation.LinkScreening;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.thresholds.ThresholdService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A comment on an idea with more links than allowed (2 by default) is saved but waits for a moderator: its author
 * reads it, marked as awaiting moderation; other residents and visitors do not see it; it is in the moderators'
 * queue with the reason "many links"; a moderator approves it (everyone reads it) or refuses it with a public reason.
 */
@MariaDbTest
@org.springframework.test.context.event.RecordApplicationEvents
class LinkScreeningTest {

    static final String THREE_LINKS = "Moins cher sur https://velos.example.com, www.promo-velo.example et "
            + "[ici](http://spam.example/offre).";

    @Autowired
    IdeaService ideas;

    @Autowired
    CommentService comments;

    @Autowired
    ContentModerationService moderation;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    long idea;
    long author;
    long other;
    long moderator;
    long administrator;

    @BeforeEach
    void anIdea() {
        database.wipe();
        var commune = fixtures.commune(1240);
        long ideaAuthor = fixtures.resident("autrice-idee");
        author = fixtures.resident("commentateur");
        other = fixtures.resident("lectrice");
        moderator = fixtures.resident("moderatrice");
        administrator = fixtures.resident("admin");
        Actors.resident(ideaAuthor);
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void two_links_show_at_once_a_third_one_waits_for_a_moderator() {
        Actors.resident(author);
        long twoLinks = comments.postComment(idea, null, "Voir https://velo.example.org et www.mairie.example.fr").id();
        long held = comments.postComment(idea, null, THREE_LINKS).id();

        CommentView mine = seenBy(author, held);
        assertThat(mine.body()).as("the author reads it").isEqualTo(THREE_LINKS);
        assertThat(mine.hidden()).isTrue();
        assertThat(mine.hiddenReason()).isEqualTo(HiddenMarks.AWAITING_MODERATION);
        for (Runnable reader : List.<Runnable>of(() -> Actors.resident(other), Actors::visitor)) {
            reader.run();
            assertThat(comments.discussion(idea)).extracting(CommentView::id).as("not shown at all")
                    .containsExactly(twoLinks);
        }
        assertThat(seenBy(moderator, Role.MODERATOR, held).body()).isEqualTo(THREE_LINKS);

        Actors.resident(moderator, Role.MODERATOR);
        assertThat(moderation.reportQueue()).singleElement().satisfies(item -> {
            assertThat(item.type()).isEqualTo(ContentType.COMMENT);
            assertThat(item.targetId()).isEqualTo(held);
            assertThat(item.hidden()).isTrue();
            assertThat(item.reasons()).containsExactly(LinkScreening.MANY_LINKS);
        });
        assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'COMMENT' and target_id = ?",
                String.class, held)).containsExactly("AUTO_HOLD");
    }

    @Test
    void only_moderators_and_administrators_approve_or_refuse_a_held_comment() {
        Actors.resident(author);
        long approved = comments.postComment(idea, null, THREE_LINKS).id();
        long refused = comments.postComment(idea, null, "Encore " + THREE_LINKS).id();
        for (Runnable actor : List.<Runnable>of(() -> Actors.resident(author), () -> Actors.resident(other),
                Actors::visitor)) {
            actor.run();
            assertThatThrownBy(() -> moderation.restore(ContentType.COMMENT, approved, "Des liens utiles"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.hide(ContentType.COMMENT, refused, "Publicité"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(moderator, Role.MODERATOR);
        moderation.restore(ContentType.COMMENT, approved, "Des liens utiles au débat");
        Actors.resident(administrator, Role.ADMINISTRATOR);
        moderation.hide(ContentType.COMMENT, refused, "Publicité pour un commerce");
        assertThat(moderation.reportQueue()).isEmpty();

        Actors.resident(other);
        List<CommentView> seen = comments.discussion(idea);
        assertThat(seen).extracting(CommentView::id).containsExactly(approved, refused);
        assertThat(seen.getFirst().body()).isEqualTo(THREE_LINKS);
        assertThat(seen.getFirst().hidden()).isFalse();
        assertThat(seen.getLast().body()).as("refused: hidden like any other, with its public reason").isEmpty();
        assertThat(seen.getLast().hiddenReason()).isEqualTo("Publicité pour un commerce");
        assertThat(seenBy(author, refused).body()).as("no longer awaiting: the author reads the reason only").isEmpty();
    }

    @Test
    void a_held_comment_counts_and_its_reply_is_told_only_once_a_moderator_approves_it() {
        Actors.resident(other);
        long thread = comments.postComment(idea, null, "Bonne idée pour la gare.").id();
        Actors.resident(author);
        long heldReply = comments.postComment(idea, thread, THREE_LINKS).id();
        long refused = comments.postComment(idea, null, "Encore " + THREE_LINKS).id();

        Actors.resident(other);
        assertThat(ideas.findIdea(idea).commentCount()).as("readers see one comment, so the count says one")
                .isEqualTo(1);
        assertThat(events.stream(CommentReplied.class)).as("nobody told of a reply they cannot read").isEmpty();

        Actors.resident(moderator, Role.MODERATOR);
        moderation.hide(ContentType.COMMENT, refused, "Publicité pour un commerce");
        assertThat(ideas.findIdea(idea).commentCount()).as("refused: never shown, never counted").isEqualTo(1);
        assertThat(events.stream(CommentReplied.class)).isEmpty();

        moderation.restore(ContentType.COMMENT, heldReply, "Des liens utiles au débat");
        assertThat(ideas.findIdea(idea).commentCount()).isEqualTo(2);
        assertThat(events.stream(CommentReplied.class)).singleElement().satisfies(told -> {
            assertThat(told.replyId()).isEqualTo(heldReply);
            assertThat(told.parentAuthorId()).isEqualTo(other);
            assertThat(told.replyAuthorId()).isEqualTo(author);
        });
    }

    @Test
    void the_number_of_links_follows_the_administrators_setting() {
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of("moderation.links-before-review", "0"));
        try {
            Actors.resident(author);
            long held = comments.postComment(idea, null, "Un seul lien : https://velo.example.org").id();
            assertThat(seenBy(author, held).hiddenReason()).isEqualTo(HiddenMarks.AWAITING_MODERATION);
            Actors.resident(other);
            assertThat(comments.discussion(idea)).isEmpty();
        } finally {
            Actors.resident(administrator, Role.ADMINISTRATOR);
            thresholds.change(Map.of("moderation.links-before-review", "2"));
        }
    }

    private CommentView seenBy(long reader, long comment) {
        return seenBy(reader, null, comment);
    }

    private CommentView seenBy(long reader, Role role, long comment) {
        if (role == null) {
            Actors.resident(reader);
        } else {
            Actors.resident(reader, role);
        }
        return comments.discussion(idea).stream().filter(each -> each.id() == comment).findFirst().orElseThrow();
    }
}
