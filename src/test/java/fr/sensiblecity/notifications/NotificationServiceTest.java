package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A resident's inbox: their own notifications only, newest first, and what is read or not. */
@MariaDbTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    long author;
    long bikes;
    long benches;

    @BeforeEach
    void twoNotificationsForTheAuthor() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        var commune = fixtures.commune();
        author = fixtures.resident("author");
        bikes = fixtures.ideaBy(author, commune, "Des vélos partagés au bourg");
        benches = fixtures.ideaBy(author, commune, "Des bancs sur la place");
        fixtures.publish(new IdeaMatured(bikes, author));
        clock.advance(Duration.ofHours(1));
        fixtures.publish(new IdeaAnswered(benches, IdeaState.REJECTED, author, null));
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void a_resident_reads_their_notifications_newest_first() {
        Actors.resident(author);
        assertThat(notifications.myNotifications(10))
                .extracting(NotificationItem::kind, NotificationItem::targetId, NotificationItem::targetLabel,
                        NotificationItem::read)
                .containsExactly(
                        tuple(NotificationKind.IDEA_ANSWERED, benches, "Des bancs sur la place", false),
                        tuple(NotificationKind.IDEA_MATURED, bikes, "Des vélos partagés au bourg", false));
        assertThat(notifications.myNotifications(1)).hasSize(1);
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void marking_one_as_read_lowers_the_unread_count_and_marking_all_clears_it() {
        Actors.resident(author);
        NotificationItem newest = notifications.myNotifications(10).getFirst();

        notifications.markRead(newest.id());
        notifications.markRead(newest.id());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.myNotifications(10).getFirst().read()).isTrue();

        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.myNotifications(10)).allMatch(NotificationItem::read).hasSize(2);
    }

    @Test
    void another_resident_neither_sees_nor_marks_my_notifications() {
        Actors.resident(author);
        long mine = notifications.myNotifications(10).getFirst().id();

        Actors.resident(fixtures.resident("dominique"), Role.MODERATOR, Role.ADMINISTRATOR);
        assertThat(notifications.myNotifications(10)).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
        assertThatThrownBy(() -> notifications.markRead(mine)).isInstanceOf(AccessDeniedException.class);
        notifications.markAllRead();

        Actors.resident(author);
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void visitors_and_staff_without_a_resident_account_have_no_inbox() {
        Actors.resident(author);
        long mine = notifications.myNotifications(10).getFirst().id();
        for (Runnable actor : new Runnable[] {Actors::visitor, Actors::system}) {
            actor.run();
            assertThatThrownBy(() -> notifications.myNotifications(10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.markRead(mine)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(author);
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void an_unknown_notification_or_an_unreasonable_page_is_refused_with_a_sentence() {
        Actors.resident(author);
        assertThatThrownBy(() -> notifications.markRead(987_654)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> notifications.myNotifications(0)).isInstanceOf(DomainException.class)
                .extracting(refusal -> ((DomainException) refusal).messageKey()).isEqualTo("notifications.error.limit");
        assertThatThrownBy(() -> notifications.myNotifications(NotificationService.LIST_MAX + 1))
                .isInstanceOf(DomainException.class);
    }
}
