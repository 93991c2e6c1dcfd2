package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camille follows ideas, sees the bell count (live) and reads her notifications, without a browser. */
@MariaDbTest
@SignedInAs(name = "Camille")
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    FollowService follows;

    @Autowired
    NotificationService notifications;

    @Autowired
    CurrentResident current;

    TerritorySummary commune;
    long dominique;
    long bikes;
    long benches;

    @BeforeEach
    void twoIdeasOfAnotherResident() {
        commune = fixtures.commune();
        dominique = fixtures.resident("dominique");
        bikes = fixtures.ideaBy(dominique, commune, "Des vélos partagés au bourg");
        benches = fixtures.ideaBy(dominique, commune, "Des bancs sur la place");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_bell_says_how_many_notifications_are_unread_in_words_and_as_a_badge() {
        camilleIsToldTwice();
        navigate("", Component.class);

        Anchor bell = $(Anchor.class).id("notification-bell");
        assertThat(bell.getHref()).isEqualTo("notifications");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("2 notifications non lues");
        assertThat($(Span.class).id("notification-count").getText()).isEqualTo("2");
        assertThat($(Span.class).id("notification-count").isVisible()).isTrue();
    }

    @Test
    void the_bell_count_goes_up_while_the_page_is_open_when_a_followed_idea_matures() {
        follows.follow(TargetType.IDEA, bikes);
        navigate("", Component.class);
        assertThat($(Anchor.class).id("notification-bell").getElement().getAttribute("aria-label"))
                .isEqualTo("Aucune notification non lue");
        assertThat(badgeShown()).isFalse();

        fixtures.publish(new IdeaMatured(bikes, dominique));

        pushed(() -> assertThat($(Anchor.class).id("notification-bell").getElement().getAttribute("aria-label"))
                .isEqualTo("1 notification non lue"));
        assertThat($(Span.class).id("notification-count").getText()).isEqualTo("1");
    }

    @Test
    void the_notifications_page_lists_the_newest_first_and_marks_them_all_as_read() {
        camilleIsToldTwice();
        navigate("notifications", Component.class);

        assertThat($(ListItem.class).all()).extracting(item -> $(Anchor.class, item).first().getText())
                .containsExactly("L'idée « Des bancs sur la place » a reçu une réponse publique.",
                        "L'idée « Des vélos partagés au bourg » a réuni assez de soutiens : elle est mûre et va être "
                                + "examinée.");
        assertThat($(Anchor.class, $(ListItem.class).first()).first().getHref()).isEqualTo("ideas/" + benches);

        test($(Button.class).id("mark-all-read")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Toutes vos notifications sont marquées comme lues.");
        assertThat(notifications.unreadCount()).isZero();
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("mark-read-"));
        pushed(() -> assertThat(badgeShown()).isFalse());
    }

    @Test
    void one_notification_is_marked_as_read_from_the_page() {
        camilleIsToldTwice();
        navigate("notifications", Component.class);
        long newest = notifications.myNotifications(1).getFirst().id();

        test($(Button.class).id("mark-read-" + newest)).click();

        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").equals("mark-read-" + newest));
    }

    @Test
    void an_empty_inbox_says_so() {
        navigate("notifications", Component.class);
        assertThat($(Paragraph.class).id("notifications-empty").isVisible()).isTrue();
        assertThat($(Button.class).id("mark-all-read").isEnabled()).isFalse();
    }

    @Test
    void a_resident_follows_and_unfollows_an_idea_from_its_page() {
        navigate("ideas/" + bikes, Component.class);
        assertThat($(Button.class).id("follow-button").getText()).isEqualTo("Suivre cette idée");

        test($(Button.class).id("follow-button")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Vous suivez cette idée : ses changements apparaîtront dans vos notifications.");
        assertThat($(Button.class).id("follow-button").getText()).isEqualTo("Ne plus suivre");
        assertThat(follows.isFollowing(TargetType.IDEA, bikes)).isTrue();

        test($(Button.class).id("follow-button")).click();
        assertThat($(Button.class).id("follow-button").getText()).isEqualTo("Suivre cette idée");
        assertThat(follows.isFollowing(TargetType.IDEA, bikes)).isFalse();
    }

    @Test
    void an_author_has_no_follow_button_on_their_own_idea_since_they_are_told_anyway() {
        long mine = fixtures.ideaBy(current.id().orElseThrow(), commune, "Un composteur partagé");
        navigate("ideas/" + mine, Component.class);
        assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").equals("follow-button"));
    }

    /** Push updates arrive from another thread; the page shows them once the UI runs its queued tasks. */
    private void pushed(Runnable expectation) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            roundTrip();
            expectation.run();
        });
    }

    private boolean badgeShown() {
        return $(Span.class).all().stream().anyMatch(span -> span.getId().orElse("").equals("notification-count"));
    }

    private void camilleIsToldTwice() {
        follows.follow(TargetType.IDEA, bikes);
        follows.follow(TargetType.IDEA, benches);
        fixtures.publish(new IdeaMatured(bikes, dominique));
        fixtures.publish(new IdeaAnswered(benches, IdeaState.REJECTED, dominique, null));
    }
}
