package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.sensiblecity.Application;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import jakarta.mail.Message;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An instance that dies right after committing an action loses none of what the action decided: a fresh
 * instance on the same database tells the resident and sends the e-mail, once. The "instances" are whole
 * application contexts on the test database, one after the other, as a restart would have them.
 */
class DurableNotificationsTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void smtp() {
        SMTP.start();
    }

    @AfterAll
    static void noSmtp() {
        SMTP.stop();
    }

    @AfterEach
    void stopInstances() {
        Actors.clear();
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void an_event_whose_publication_was_interrupted_is_delivered_after_restart() throws Exception {
        // Instance A: its background threads never run, as if it died the moment the action committed.
        ConfigurableApplicationContext dying = start(true);
        dying.getBean(CleanDatabase.class).wipe();
        SMTP.purgeEmailFromAllMailboxes();
        NotificationFixtures fixtures = dying.getBean(NotificationFixtures.class);
        long author = fixtures.resident("camille");
        long idea = fixtures.ideaBy(author, fixtures.commune(), "Des vélos partagés au bourg");
        Actors.resident(author);
        dying.getBean(EmailService.class).saveMyChoices("camille@example.fr", false, EnumSet.allOf(NotificationKind.class));
        Actors.clear();
        // Camille follows the link sent to her address; that e-mail is not the one this test is about.
        String body = dying.getBean(JdbcTemplate.class).queryForObject(
                "select body from email_outbox where resident_id = ?", String.class, author);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/email/confirm\\?t=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        dying.getBean(EmailService.class).confirmAddress(link.group(1));
        assertThat(dying.getBean(MailOut.class).awaitIdle(Duration.ofSeconds(30))).isTrue();
        SMTP.purgeEmailFromAllMailboxes();

        dying.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> dying.publishEvent(new IdeaMatured(idea, author)));
        JdbcTemplate database = dying.getBean(JdbcTemplate.class);
        assertThat(incomplete(database)).as("the event is recorded, its listener never ran").isEqualTo(1);
        // A's own redelivery takes it up again, and A dies again before the listener runs: the publication is
        // left marked "resubmitted", which Modulith alone would never resubmit.
        dying.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
        assertThat(database.queryForObject("select status from EVENT_PUBLICATION", String.class)).isEqualTo("RESUBMITTED");
        assertThat(noticesOf(database, author)).isZero();
        dying.close();

        // Instance B, started afterwards, delivers what A left: the notice, and the e-mail exactly once, even
        // though it resubmits incomplete events every 200 ms meanwhile.
        ConfigurableApplicationContext restarted = start(false, "sensible.scheduling.enabled=true",
                "sensible.events.resubmit-every=200ms",
                "sensible.events.resubmit-after=0s");
        JdbcTemplate afterRestart = restarted.getBean(JdbcTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> noticesOf(afterRestart, author) > 0);
        assertThat(SMTP.waitForIncomingEmail(15_000, 1)).as("the e-mail arrives").isTrue();
        assertThat(SMTP.waitForIncomingEmail(2_000, 2)).as("no second e-mail").isFalse();
        assertThat(SMTP.getReceivedMessages()).singleElement()
                .satisfies(message -> assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
                        .isEqualTo("camille@example.fr"));
        assertThat(noticesOf(afterRestart, author)).isEqualTo(1);
        assertThat(incomplete(afterRestart)).isZero();
    }

    private ConfigurableApplicationContext start(boolean dying, String... properties) {
        // As command-line arguments: they outrank the configuration files (default properties would not).
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort()));
        List.of(properties).forEach(property -> all.add("--" + property));
        SpringApplicationBuilder instance = dying ? new SpringApplicationBuilder(Application.class, DyingInstance.class)
                : new SpringApplicationBuilder(Application.class);
        ConfigurableApplicationContext context = instance.profiles("test").run(all.toArray(String[]::new));
        instances.add(context);
        return context;
    }

    private static long incomplete(JdbcTemplate database) {
        return database.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is null", Long.class);
    }

    private static long noticesOf(JdbcTemplate database, long resident) {
        return database.queryForObject("select count(*) from notification where resident_id = ? and kind = ?", Long.class,
                resident, NotificationKind.IDEA_MATURED.name());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new IllegalStateException(none);
        }
    }

    /**
     * Given to instance A only (not a {@code @Configuration}, so that component scanning leaves it out of every
     * other context): the executor behind {@code @Async} listeners accepts their tasks and never runs them.
     */
    static class DyingInstance {

        @Bean
        TaskExecutor taskExecutor() {
            return task -> {
                // Dropped: the instance is gone before its background thread starts.
            };
        }
    }
}
