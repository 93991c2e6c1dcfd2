package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.ideas.CommentReplied;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Who is told what when something happens to an idea: the right people, once each, and nobody else. */
@MariaDbTest
class IdeaNotificationsTest {

    @Autowired
    FollowService follows;

    @Autowired
    NotificationService notifications;

    @Autowired
    SupportService supports;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventsDelivered delivered;

    TerritorySummary commune;
    long author;
    long follower;
    long bystander;
    long idea;

    @BeforeEach
    void anIdeaWithAFollower() {
        database.wipe();
        commune = fixtures.commune();
        author = fixtures.resident("author");
        follower = fixtures.resident("follower");
        bystander = fixtures.resident("bystander");
        idea = fixtures.ideaBy(author, commune, "Des vélos partagés au bourg");
        Actors.resident(follower);
        follows.follow(TargetType.IDEA, idea);
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_mature_idea_is_announced_to_its_author_and_followers_and_nobody_else() {
        fixtures.publish(new IdeaMatured(idea, author));

        assertThat(kindsFor(author)).containsExactly(NotificationKind.IDEA_MATURED);
        assertThat(kindsFor(follower)).containsExactly(NotificationKind.IDEA_MATURED);
        assertThat(kindsFor(bystander)).isEmpty();
    }

    @Test
    void an_author_who_also_follows_their_idea_is_told_once() {
        Actors.resident(author);
        follows.follow(TargetType.IDEA, idea);
        fixtures.publish(new IdeaMatured(idea, author));

        assertThat(kindsFor(author)).containsExactly(NotificationKind.IDEA_MATURED);
    }

    @Test
    void a_resident_who_stopped_following_is_not_told() {
        Actors.resident(follower);
        follows.unfollow(TargetType.IDEA, idea);
        fixtures.publish(new IdeaAnswered(idea, IdeaState.REJECTED, author, null));

        assertThat(kindsFor(follower)).isEmpty();
        assertThat(kindsFor(author)).containsExactly(NotificationKind.IDEA_ANSWERED);
    }

    @Test
    void an_answer_is_announced_to_the_author_and_followers_with_the_ideas_title() {
        fixtures.publish(new IdeaAnswered(idea, IdeaState.MERGED, author, null));

        for (long told : List.of(author, follower)) {
            Actors.resident(told);
            assertThat(notifications.myNotifications(10)).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(NotificationKind.IDEA_ANSWERED);
                assertThat(item.targetType()).isEqualTo(TargetType.IDEA);
                assertThat(item.targetId()).isEqualTo(idea);
                assertThat(item.targetLabel()).isEqualTo("Des vélos partagés au bourg");
            });
        }
        assertThat(kindsFor(bystander)).isEmpty();
    }

    @Test
    void the_followers_of_an_idea_whose_author_left_are_still_told() {
        fixtures.publish(new IdeaMatured(idea, null));

        assertThat(kindsFor(follower)).containsExactly(NotificationKind.IDEA_MATURED);
        assertThat(kindsFor(author)).isEmpty();
    }

    @Test
    void a_reply_is_announced_to_the_parent_comments_author_only() {
        fixtures.publish(new CommentReplied(idea, 42, bystander, author));

        assertThat(kindsFor(bystander)).containsExactly(NotificationKind.COMMENT_REPLIED);
        assertThat(kindsFor(author)).isEmpty();
        assertThat(kindsFor(follower)).isEmpty();
    }

    @Test
    void replying_to_oneself_or_to_a_former_resident_tells_nobody() {
        fixtures.publish(new CommentReplied(idea, 42, bystander, bystander));
        fixtures.publish(new CommentReplied(idea, 43, null, bystander));

        for (long resident : List.of(author, follower, bystander)) {
            assertThat(kindsFor(resident)).isEmpty();
        }
    }

    @Test
    void nobody_is_told_about_a_change_that_was_rolled_back() {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new IdeaMatured(idea, author));
            status.setRollbackOnly();
        });
        // A later event that commits: once its notice is there, the rolled-back one had its chance too.
        fixtures.publish(new CommentReplied(idea, 42, bystander, author));

        assertThat(kindsFor(bystander)).containsExactly(NotificationKind.COMMENT_REPLIED);
        assertThat(kindsFor(author)).isEmpty();
        assertThat(kindsFor(follower)).isEmpty();
    }

    @Test
    void the_support_that_makes_an_idea_mature_tells_its_author_and_followers() {
        for (int i = 1; i <= 10; i++) {
            Actors.resident(fixtures.resident("supporter" + i));
            supports.support(idea);
        }
        delivered.await();

        assertThat(kindsFor(author)).containsExactly(NotificationKind.IDEA_MATURED);
        assertThat(kindsFor(follower)).containsExactly(NotificationKind.IDEA_MATURED);
        assertThat(kindsFor(fixtures.resident("supporter10"))).isEmpty();
    }

    private List<NotificationKind> kindsFor(long resident) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        Actors.resident(resident);
        List<NotificationKind> kinds = notifications.myNotifications(NotificationService.LIST_MAX).stream()
                .map(NotificationItem::kind).toList();
        SecurityContextHolder.getContext().setAuthentication(before);
        return kinds;
    }
}
