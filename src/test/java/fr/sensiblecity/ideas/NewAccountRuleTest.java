package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.thresholds.ThresholdService;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With "moderation.new-account-hours" at 24, an account younger than a day cannot yet support an idea nor comment
 * on one, whatever its roles, and is told from when it may; a day later it may. At 0 (the default) anyone may.
 */
@MariaDbTest
class NewAccountRuleTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    ResidentService residents;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    long idea;
    long oldResident;
    long administrator;

    @BeforeEach
    void anIdeaAndAnAccountTwoDaysOldThenADayOfMinimumAge() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        var commune = fixtures.commune(1240);
        long author = fixtures.resident("author");
        oldResident = fixtures.resident("ancienne");
        administrator = fixtures.resident("admin");
        Actors.resident(author);
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of("moderation.new-account-hours", "24"));
        Actors.clear();
        clock.advance(Duration.ofDays(2));
    }

    @AfterEach
    void backToNoMinimumAge() {
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of("moderation.new-account-hours", "0"));
        Actors.clear();
        clock.reset();
    }

    @Test
    void an_account_younger_than_the_threshold_neither_supports_nor_comments_whatever_its_roles() {
        long newcomer = fixtures.resident("nouvelle");
        long newModerator = fixtures.resident("nouveau-modo");
        Actors.system();
        residents.grantRole(newModerator, Role.MODERATOR);
        long newAdministrator = fixtures.resident("nouvelle-admin");
        residents.grantRole(newAdministrator, Role.ADMINISTRATOR);
        for (Runnable actor : List.<Runnable>of(() -> Actors.resident(newcomer),
                () -> Actors.resident(newModerator, Role.MODERATOR),
                () -> Actors.resident(newAdministrator, Role.ADMINISTRATOR))) {
            actor.run();
            assertThatThrownBy(() -> supports.support(idea)).isInstanceOfSatisfying(DomainException.class, refused -> {
                assertThat(refused.messageKey()).isEqualTo("moderation.error.accountTooNew");
                assertThat(refused.arguments()[0]).isEqualTo(24);
                assertThat(refused.arguments()[1]).isInstanceOf(Date.class);
            });
            assertThatThrownBy(() -> comments.postComment(idea, null, "Je découvre la plateforme, bonne idée !"))
                    .isInstanceOf(DomainException.class).extracting("messageKey")
                    .isEqualTo("moderation.error.accountTooNew");
        }
        assertThat(jdbc.queryForObject("select count(*) from idea_support", Integer.class)).as("nothing stored").isZero();
        assertThat(jdbc.queryForObject("select count(*) from idea_comment", Integer.class)).isZero();

        Actors.resident(oldResident);
        assertThat(supports.support(idea).supportCount()).as("two days old").isEqualTo(1);
        comments.postComment(idea, null, "Je soutiens, le bourg en a besoin.");

        clock.advance(Duration.ofHours(24));
        Actors.resident(newcomer);
        assertThat(supports.support(idea).supportCount()).as("a day later").isEqualTo(2);
        comments.postComment(idea, null, "Me voilà, et d'accord avec l'idée.");
    }

    @Test
    void the_refusal_says_in_french_time_from_when_the_account_may_act() {
        long newcomer = fixtures.resident("nouvelle");
        Actors.resident(newcomer);
        assertThatThrownBy(() -> supports.support(idea)).isInstanceOfSatisfying(DomainException.class, refused -> {
            String sentence = new java.text.MessageFormat(java.util.ResourceBundle.getBundle("vaadin-i18n.translations",
                    java.util.Locale.FRENCH).getString(refused.messageKey()), java.util.Locale.FRENCH)
                    .format(refused.arguments());
            assertThat(sentence).isEqualTo("Votre compte a moins de 24 heures : pour limiter les abus, vous pourrez "
                    + "soutenir des idées et commenter à partir du 4 mars 2026 à 11:00.");
        });
    }

    @Test
    void at_zero_hours_any_account_supports_and_comments() {
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of("moderation.new-account-hours", "0"));
        Actors.resident(fixtures.resident("nouvelle"));
        assertThat(supports.support(idea).supportCount()).isEqualTo(1);
        comments.postComment(idea, null, "Je découvre la plateforme, bonne idée !");
    }
}
