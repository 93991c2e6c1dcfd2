package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.support.Actors;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The same durable events on the embedded database that a single instance runs with by default (H2 in MariaDB
 * mode): the publication is recorded, delivered, completed, and read back when resubmitted.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:events;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "sensible.events.resubmit-every=1h", "sensible.email.sending.poll-interval=1h"})
class EventsOnEmbeddedDatabaseTest {

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications incompletePublications;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_event_is_delivered_once_and_a_resubmission_tells_nobody_twice() {
        long author = fixtures.resident("camille");
        long idea = fixtures.ideaBy(author, fixtures.commune(), "Des vélos partagés au bourg");

        fixtures.publish(new IdeaMatured(idea, author));
        jdbc.update("update EVENT_PUBLICATION set status = 'PROCESSING'");
        incompletePublications.resubmitIncompletePublications(publication -> true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where status <> 'COMPLETED'", Long.class) == 0);

        Actors.resident(author);
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.IDEA_MATURED);
    }
}
