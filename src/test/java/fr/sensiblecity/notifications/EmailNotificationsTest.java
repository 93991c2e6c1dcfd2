package fr.sensiblecity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.ideas.CommentReplied;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * E-mail notifications through a real SMTP server started here: each event reaches by e-mail exactly those who
 * asked for its kind, in their own language; the unsubscribe link works without signing in and stops only its
 * own kind for its own recipient; the daily digest gathers the day's events into one e-mail.
 */
@MariaDbTest
class EmailNotificationsTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/email/unsubscribe\\?t=([A-Za-z0-9_-]+)");
    private static final Pattern CONFIRM = Pattern.compile("/email/confirm\\?t=([A-Za-z0-9_-]+)");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("sensible.email.public-url", () -> "https://participation.example.fr");
    }

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    FollowService follows;

    @Autowired
    EmailService emails;

    @Autowired
    NotificationService notifications;

    @Autowired
    ResidentService residents;

    @Autowired
    DailyDigest digest;

    @Autowired
    CleanDatabase database;

    @Autowired
    WebApplicationContext web;

    @Autowired
    MailOut mailOut;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications incompletePublications;

    TerritorySummary commune;
    long camille;
    long dominique;
    long eve;
    long farid;
    long idea;

    /**
     * Camille (French) wrote the idea and wants every kind by e-mail; Dominique (English) follows it and wants
     * matured ideas by e-mail; Eve follows it without an address; Farid follows it and wants only answers.
     */
    @BeforeEach
    void residentsWhoChoseDifferently() throws Exception {
        // E-mails go out in the background: let the previous test's last ones land before emptying the mailboxes.
        assertThat(mailOut.awaitIdle(Duration.ofSeconds(30))).as("earlier e-mails sent").isTrue();
        database.wipe();
        SMTP.purgeEmailFromAllMailboxes();
        commune = fixtures.commune();
        camille = fixtures.resident("camille");
        dominique = fixtures.resident("dominique");
        eve = fixtures.resident("eve");
        farid = fixtures.resident("farid");
        idea = fixtures.ideaBy(camille, commune, "Des vélos partagés au bourg");
        choose(camille, "camille@example.fr", false, EnumSet.allOf(NotificationKind.class));
        choose(dominique, "dominique@example.org", false, EnumSet.of(NotificationKind.IDEA_MATURED));
        Actors.resident(dominique);
        residents.rememberMyLanguage(Locale.ENGLISH);
        for (long follower : List.of(dominique, eve, farid)) {
            Actors.resident(follower);
            follows.follow(TargetType.IDEA, idea);
        }
        choose(farid, "farid@example.fr", false, EnumSet.of(NotificationKind.IDEA_ANSWERED));
        Actors.clear();
        // The confirmation e-mails of the addresses above are not what the tests look at.
        assertThat(mailOut.awaitIdle(Duration.ofSeconds(30))).as("confirmation e-mails sent").isTrue();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_matured_idea_is_mailed_once_to_each_resident_who_asked_in_their_language_and_to_nobody_else() throws Exception {
        fixtures.publish(new IdeaMatured(idea, camille));

        List<MimeMessage> received = receive(2);
        MimeMessage toCamille = to("camille@example.fr", received);
        MimeMessage toDominique = to("dominique@example.org", received);
        assertThat(toCamille.getSubject()).isEqualTo("Sensible City : L'idée « Des vélos partagés au bourg » a réuni "
                + "assez de soutiens : elle est mûre et va être examinée.");
        assertThat(text(toCamille)).contains("Bonjour,")
                .contains("https://participation.example.fr/ideas/" + idea);
        assertThat(toDominique.getSubject()).startsWith("Sensible City: The idea \"Des vélos partagés au bourg\"");
        assertThat(text(toDominique)).contains("Hello,");
        for (MimeMessage message : received) {
            assertThat(message.getContentType()).startsWith("text/plain");
            assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<https://participation.example.fr/email/unsubscribe?t=");
            assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        }
        assertNothingMore();
    }

    @Test
    void an_answer_and_a_reply_each_reach_only_those_who_chose_their_kind() throws Exception {
        fixtures.publish(new IdeaAnswered(idea, IdeaState.ACCEPTED, camille, null));
        assertThat(recipients(receive(2))).containsExactlyInAnyOrder("camille@example.fr", "farid@example.fr");
        assertNothingMore();

        SMTP.purgeEmailFromAllMailboxes();
        fixtures.publish(new CommentReplied(idea, 99, camille, dominique));
        assertThat(recipients(receive(1))).containsExactly("camille@example.fr");
        assertNothingMore();
    }

    @Test
    void opening_the_unsubscribe_link_stops_nothing_until_the_resident_confirms_on_the_page() throws Exception {
        fixtures.publish(new IdeaMatured(idea, camille));
        String camillesToken = token(to("camille@example.fr", receive(2)));
        SMTP.purgeEmailFromAllMailboxes();

        // A mail scanner, or the resident's click: the link leads to a page and changes nothing.
        MockMvc browser = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        browser.perform(get("/email/unsubscribe").param("t", camillesToken))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "../unsubscribe?t=" + camillesToken));
        Actors.resident(camille);
        assertThat(emails.myChoices().orElseThrow().kinds()).hasSize(NotificationKind.values().length);
        Actors.visitor();
        assertThat(emails.unsubscribeScope(camillesToken)).contains(NotificationKind.IDEA_MATURED);
        Actors.resident(camille);
        assertThat(emails.myChoices().orElseThrow().kinds()).hasSize(NotificationKind.values().length);
        Actors.clear();
    }

    @Test
    void the_unsubscribe_button_works_without_signing_in_and_stops_only_that_kind_for_that_resident() throws Exception {
        fixtures.publish(new IdeaMatured(idea, camille));
        String camillesToken = token(to("camille@example.fr", receive(2)));
        SMTP.purgeEmailFromAllMailboxes();

        Actors.visitor();
        assertThat(emails.unsubscribe(camillesToken)).contains(NotificationKind.IDEA_MATURED);

        Actors.resident(camille);
        assertThat(emails.myChoices().orElseThrow().kinds())
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(NotificationKind.IDEA_MATURED)));
        Actors.clear();
        fixtures.publish(new IdeaMatured(idea, camille));
        assertThat(recipients(receive(1))).containsExactly("dominique@example.org");
        assertNothingMore();
    }

    @Test
    void a_new_address_receives_only_its_confirmation_link_until_the_link_is_followed() throws Exception {
        Actors.resident(eve);
        emails.saveMyChoices("eve@example.net", false, EnumSet.allOf(NotificationKind.class));
        assertThat(emails.myChoices().orElseThrow().confirmed()).isFalse();
        Actors.clear();
        MimeMessage confirmation = receive(1).getFirst();
        assertThat(recipients(List.of(confirmation))).containsExactly("eve@example.net");
        assertThat(confirmation.getSubject()).isEqualTo("Sensible City : confirmez votre adresse e-mail");
        Matcher link = CONFIRM.matcher(text(confirmation));
        assertThat(link.find()).isTrue();
        SMTP.purgeEmailFromAllMailboxes();

        fixtures.publish(new IdeaAnswered(idea, IdeaState.ACCEPTED, camille, null));
        assertThat(recipients(receive(2))).containsExactlyInAnyOrder("camille@example.fr", "farid@example.fr");
        assertNothingMore();
        SMTP.purgeEmailFromAllMailboxes();

        Actors.visitor();
        emails.confirmAddress(link.group(1));
        Actors.resident(eve);
        assertThat(emails.myChoices().orElseThrow().confirmed()).isTrue();
        Actors.clear();
        fixtures.publish(new CommentReplied(idea, 99, eve, camille));
        assertThat(recipients(receive(1))).containsExactly("eve@example.net");
    }

    @Test
    void a_confirmation_link_that_expired_or_names_an_address_since_changed_confirms_nothing() throws Exception {
        Actors.resident(eve);
        emails.saveMyChoices("eve@example.net", false, EnumSet.allOf(NotificationKind.class));
        String first = lastConfirmationLinkOf(eve).orElseThrow();
        emails.saveMyChoices("eve@example.org", false, EnumSet.allOf(NotificationKind.class));
        String second = lastConfirmationLinkOf(eve).orElseThrow();
        assertThat(second).isNotEqualTo(first);

        Actors.visitor();
        for (String wrong : List.of(first, second.substring(0, second.length() - 3), "", "bm90LWEtdG9rZW4")) {
            assertThatThrownBy(() -> emails.confirmAddress(wrong)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("email.confirm.invalid");
        }
        clock.advance(AddressConfirmations.VALID_FOR.plusMinutes(1));
        try {
            assertThatThrownBy(() -> emails.confirmAddress(second)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("email.confirm.invalid");
        } finally {
            clock.reset();
        }
        Actors.resident(eve);
        assertThat(emails.myChoices().orElseThrow().confirmed()).isFalse();
    }

    @Test
    void a_resident_waiting_for_confirmation_can_have_the_link_sent_again_and_a_confirmed_address_keeps_its_confirmation()
            throws Exception {
        Actors.resident(eve);
        emails.saveMyChoices("eve@example.net", false, Set.of());
        receive(1);
        emails.resendConfirmation();
        assertThat(recipients(receive(2))).containsExactly("eve@example.net", "eve@example.net");
        emails.confirmAddress(lastConfirmationLinkOf(eve).orElseThrow());
        assertThatThrownBy(() -> emails.resendConfirmation()).isInstanceOf(DomainException.class)
                .hasMessageContaining("email.confirm.nothingToConfirm");

        emails.saveMyChoices("eve@example.net", true, EnumSet.allOf(NotificationKind.class));
        assertThat(emails.myChoices().orElseThrow().confirmed()).isTrue();
        assertNothingMore();
    }

    @Test
    void a_forged_or_altered_token_stops_nothing_for_anyone() throws Exception {
        fixtures.publish(new IdeaMatured(idea, camille));
        String camillesToken = token(to("camille@example.fr", receive(2)));
        String[] parts = new String(Base64.getUrlDecoder().decode(camillesToken), StandardCharsets.US_ASCII).split("\\.");
        String othersToken = encode(dominique + "." + parts[1] + "." + parts[2]);
        String otherKind = encode(parts[0] + ".IDEA_ANSWERED." + parts[2]);

        Actors.visitor();
        for (String forged : List.of(othersToken, otherKind, camillesToken.substring(0, camillesToken.length() - 2), "")) {
            assertThatThrownBy(() -> emails.unsubscribe(forged)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("email.unsubscribe.invalid");
        }
        MockMvc browser = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        browser.perform(post("/email/unsubscribe").param("t", othersToken)).andExpect(status().isBadRequest());

        Actors.resident(dominique);
        assertThat(emails.myChoices().orElseThrow().kinds()).containsExactly(NotificationKind.IDEA_MATURED);
        Actors.resident(camille);
        assertThat(emails.myChoices().orElseThrow().kinds()).hasSize(NotificationKind.values().length);
    }

    @Test
    void a_mail_programs_one_click_post_unsubscribes_without_a_session() throws Exception {
        fixtures.publish(new IdeaMatured(idea, camille));
        String dominiquesToken = token(to("dominique@example.org", receive(2)));

        MockMvc mailProgram = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        mailProgram.perform(post("/email/unsubscribe").param("t", dominiquesToken)
                .param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());

        Actors.resident(dominique);
        assertThat(emails.myChoices().orElseThrow().kinds()).isEmpty();
    }

    @Test
    void a_resident_who_chose_the_digest_gets_one_email_a_day_listing_the_events() throws Exception {
        choose(dominique, "dominique@example.org", true, EnumSet.allOf(NotificationKind.class));
        fixtures.publish(new IdeaMatured(idea, camille));
        fixtures.publish(new IdeaAnswered(idea, IdeaState.ACCEPTED, camille, null));
        assertThat(recipients(receive(3))).containsOnly("camille@example.fr", "farid@example.fr");
        assertNothingMore();
        SMTP.purgeEmailFromAllMailboxes();

        digest.sendDigests();

        MimeMessage daily = receive(1).getFirst();
        assertThat(recipients(List.of(daily))).containsExactly("dominique@example.org");
        assertThat(daily.getSubject()).isEqualTo("Sensible City: 2 updates today");
        assertThat(text(daily)).contains("gathered enough supports").contains("received a public answer");
        digest.sendDigests();
        assertNothingMore();
    }

    @Test
    void an_smtp_server_that_is_down_changes_nothing_but_the_e_mail() {
        SMTP.stop();
        try {
            fixtures.publish(new IdeaMatured(idea, camille));

            Actors.resident(camille);
            assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                    .containsExactly(NotificationKind.IDEA_MATURED);
            assertThat(emails.myChoices()).isPresent();
        } finally {
            SMTP.start();
        }
    }

    @Test
    void an_e_mail_that_could_not_be_sent_goes_out_at_a_later_attempt() throws Exception {
        SMTP.stop();
        try {
            fixtures.publish(new IdeaMatured(idea, camille));
            assertThat(mailOut.awaitIdle(Duration.ofSeconds(30))).as("first attempt made").isTrue();
        } finally {
            SMTP.start();
        }
        mailOut.sendDue();
        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).as("not retried before its wait").isFalse();

        clock.advance(Duration.ofMinutes(2));
        try {
            mailOut.sendDue();
            assertThat(recipients(receive(2))).containsExactlyInAnyOrder("camille@example.fr", "dominique@example.org");
            assertNothingMore();
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_redelivered_publication_never_makes_a_second_notice_or_e_mail_for_the_same_person() throws Exception {
        fixtures.publish(new IdeaMatured(idea, camille));
        assertThat(recipients(receive(2))).containsExactlyInAnyOrder("camille@example.fr", "dominique@example.org");

        // As if an instance had taken the event up again and died: Modulith sees it as incomplete and resubmits it.
        jdbc.update("update EVENT_PUBLICATION set status = 'PROCESSING'");
        incompletePublications.resubmitIncompletePublications(publication -> true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where status <> 'COMPLETED'", Long.class) == 0);

        assertNothingMore();
        for (long told : List.of(camille, dominique)) {
            Actors.resident(told);
            assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                    .containsExactly(NotificationKind.IDEA_MATURED);
        }
    }

    @Test
    void an_invalid_address_is_refused_and_an_empty_one_forgets_every_choice() {
        Actors.resident(eve);
        assertThatThrownBy(() -> emails.saveMyChoices("eve at example", false, Set.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("email.error.address");
        assertThat(emails.myChoices()).isEmpty();

        Actors.resident(farid);
        emails.saveMyChoices("  ", false, EnumSet.allOf(NotificationKind.class));
        assertThat(emails.myChoices()).isEmpty();
    }

    /** Saves the choices and follows the confirmation link the address was sent, as its owner would. */
    private void choose(long resident, String address, boolean daily, Set<NotificationKind> kinds) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        Actors.resident(resident);
        emails.saveMyChoices(address, daily, kinds);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        lastConfirmationLinkOf(resident).ifPresent(emails::confirmAddress);
    }

    /** The token of the newest confirmation e-mail queued for the resident, as it was queued (sent or not). */
    private java.util.Optional<String> lastConfirmationLinkOf(long resident) {
        return jdbc.queryForList("select body from email_outbox where resident_id = ? and event_key like "
                + "'address-confirmation:%' order by id desc", String.class, resident).stream().findFirst()
                .map(body -> {
                    Matcher link = CONFIRM.matcher(body);
                    assertThat(link.find()).as("a confirmation link in the body").isTrue();
                    return link.group(1);
                });
    }

    private static List<MimeMessage> receive(int count) {
        assertThat(SMTP.waitForIncomingEmail(15_000, count)).as("%d e-mails arrive", count).isTrue();
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    /** E-mails are sent in the background: give a stray one time to arrive before saying none came. */
    private static void assertNothingMore() {
        int now = SMTP.getReceivedMessages().length;
        assertThat(SMTP.waitForIncomingEmail(1_500, now + 1)).as("no further e-mail").isFalse();
    }

    private static MimeMessage to(String address, List<MimeMessage> messages) {
        return messages.stream().filter(message -> recipients(List.of(message)).contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no e-mail to " + address));
    }

    private static List<String> recipients(List<MimeMessage> messages) {
        return messages.stream().flatMap(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private static String token(MimeMessage message) {
        Matcher link = UNSUBSCRIBE.matcher(text(message));
        assertThat(link.find()).as("an unsubscribe link in the body").isTrue();
        return link.group(1);
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new IllegalStateException(none);
        }
    }
}
