package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.thresholds.ThresholdService;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an administrator sets on the thresholds page governs the ideas at once, without a restart. */
@MariaDbTest
class IdeaThresholdsTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    ReportService reports;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    TerritorySummary commune;
    long administrator;
    long camille;

    @BeforeEach
    void aCommune() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-02T09:00:00Z"));
        commune = fixtures.commune(1240);
        administrator = fixtures.resident("adrien");
        camille = fixtures.resident("camille");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
        clock.reset();
    }

    private void set(String key, String value) {
        Actors.resident(administrator, Role.ADMINISTRATOR);
        thresholds.change(Map.of(key, value));
    }

    @Test
    void the_hourly_limit_of_ideas_and_the_comments_limit_follow_the_administrators_setting() {
        set("limits.ideas-per-hour", "1");
        Actors.resident(camille);
        long idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        assertThatThrownBy(() -> ideas.submitIdea(fixtures.bikeIdea(commune))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("idea.error.rateLimit");

        set("limits.comments-per-minute", "1");
        Actors.resident(camille);
        comments.postComment(idea, null, "Une première remarque.");
        assertThatThrownBy(() -> comments.postComment(idea, null, "Une deuxième.")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("comment.error.rateLimit");
    }

    @Test
    void a_lower_maturity_minimum_and_share_let_an_idea_mature_with_fewer_supports() {
        set("ideas.maturity-minimum-supports", "2");
        set("ideas.maturity-population-percent", "0.1");
        Actors.resident(camille);
        long idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.resident(fixtures.resident("dominique"));
        assertThat(supports.support(idea).state()).isEqualTo(IdeaState.PUBLISHED);
        Actors.resident(fixtures.resident("eve"));
        assertThat(supports.support(idea).state()).as("max(2, 0.1 % of 1,240 = 2)").isEqualTo(IdeaState.MATURE);
    }

    @Test
    void one_report_hides_content_when_the_administrators_say_so() {
        set("ideas.reports-to-hide", "1");
        Actors.resident(camille);
        long idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.resident(fixtures.resident("dominique"));
        assertThat(reports.report(ContentType.IDEA, idea, "Ce texte est hors sujet ici.")).as("hidden at once").isTrue();
    }
}
