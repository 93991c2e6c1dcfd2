package fr.sensiblecity.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class ThresholdServiceTest {

    @Autowired
    ThresholdService service;

    @Autowired
    Thresholds thresholds;

    @Autowired
    AuditTrail audit;

    @Autowired
    ResidentService residents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectProvider<ThresholdCatalog> catalogs;

    @Autowired
    LiveSignals signals;

    @Autowired
    CleanDatabase database;

    long adrien;

    @BeforeEach
    void anAdministrator() {
        database.wipe();
        thresholds.forget();
        adrien = residents.signIn("demo", "adrien", "adrien").id();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
        clock.reset();
        thresholds.forget();
    }

    @Test
    void only_administrators_read_and_change_thresholds() {
        Map<String, Runnable> actions = Map.of(
                "current", () -> service.current(),
                "change", () -> service.change(Map.of("ideas.reports-to-hide", "4")));
        actions.forEach((name, action) -> {
            Actors.visitor();
            assertThatThrownBy(action::run).as(name + " by a visitor").isInstanceOf(AccessDeniedException.class);
            for (Role role : new Role[] {Role.RESIDENT, Role.MODERATOR, Role.FACILITATOR}) {
                Actors.resident(adrien, role);
                assertThatThrownBy(action::run).as(name + " by " + role).isInstanceOf(AccessDeniedException.class);
            }
        });
        assertThat(thresholds.integer("ideas.reports-to-hide")).isEqualTo(3);
        Actors.resident(adrien, Role.ADMINISTRATOR);
        assertThat(service.current()).isNotEmpty();
        assertThat(service.change(Map.of("ideas.reports-to-hide", "4"))).isEqualTo(1);
    }

    @Test
    void a_change_applies_at_once_and_is_audited_with_the_old_and_new_values() {
        Actors.resident(adrien, Role.ADMINISTRATOR);
        assertThat(thresholds.integer("limits.comments-per-minute")).as("the YAML default").isEqualTo(10);

        int changed = service.change(Map.of("limits.comments-per-minute", " 4 ", "ideas.maturity-population-percent",
                "0,5", "drafts.recommendation-base", "MEMBERS", "limits.supports-per-minute", "60"));

        assertThat(changed).as("the supports' limit was already 60").isEqualTo(3);
        assertThat(thresholds.integer("limits.comments-per-minute")).isEqualTo(4);
        assertThat(thresholds.decimal("ideas.maturity-population-percent")).isEqualByComparingTo("0.5");
        assertThat(thresholds.value("drafts.recommendation-base")).isEqualTo("MEMBERS");
        assertThat(audit.newestFirst(0, 3)).extracting(AuditEntry::action).containsOnly("THRESHOLD_CHANGED");
        assertThat(audit.newestFirst(0, 3)).extracting(AuditEntry::actorId).containsOnly(adrien);
        assertThat(audit.newestFirst(0, 3)).extracting(AuditEntry::reason).containsExactlyInAnyOrder(
                "limits.comments-per-minute: 10 → 4", "ideas.maturity-population-percent: 1 → 0.5",
                "drafts.recommendation-base: CAST → MEMBERS");
        assertThat(audit.verify()).isTrue();

        service.change(Map.of("limits.comments-per-minute", "6"));
        assertThat(audit.newestFirst(0, 1).getFirst().reason()).isEqualTo("limits.comments-per-minute: 4 → 6");
        assertThat(service.current()).filteredOn(value -> value.threshold().key().equals("limits.comments-per-minute"))
                .singleElement().satisfies(value -> {
                    assertThat(value.value()).isEqualTo("6");
                    assertThat(value.set()).isTrue();
                });
    }

    @Test
    void a_refused_value_names_its_threshold_and_changes_nothing() {
        Actors.resident(adrien, Role.ADMINISTRATOR);
        long entries = audit.newestFirst(0, 1).stream().mapToLong(AuditEntry::seq).findFirst().orElse(0);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("limits.comments-per-minute", "5");
        typed.put("ideas.reports-to-hide", "0");

        assertThatThrownBy(() -> service.change(typed)).isInstanceOfSatisfying(ThresholdRefused.class, refused -> {
            assertThat(refused.thresholdKey()).isEqualTo("ideas.reports-to-hide");
            assertThat(refused.messageKey()).isEqualTo("threshold.error.integer");
            assertThat(refused.arguments()).containsExactly("1", "100");
        });
        assertThatThrownBy(() -> service.change(Map.of("ideas.maturity-population-percent", "un pour cent")))
                .isInstanceOfSatisfying(ThresholdRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("threshold.error.decimal"));
        assertThatThrownBy(() -> service.change(Map.of("drafts.amendment-base", "EVERYONE")))
                .isInstanceOfSatisfying(ThresholdRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("threshold.error.choice"));
        assertThatThrownBy(() -> service.change(Map.of("panels.census-source", "")))
                .isInstanceOfSatisfying(ThresholdRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("threshold.error.text"));
        assertThatThrownBy(() -> service.change(Map.of("no.such-threshold", "1")))
                .isInstanceOfSatisfying(ThresholdRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("threshold.error.unknown"));

        assertThat(thresholds.integer("limits.comments-per-minute")).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from threshold_value", Integer.class)).isZero();
        assertThat(audit.newestFirst(0, 1).stream().mapToLong(AuditEntry::seq).findFirst().orElse(0)).isEqualTo(entries);
    }

    @Test
    void census_shares_are_checked_line_by_line_and_per_category() {
        Actors.resident(adrien, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> service.change(Map.of("panels.census-shares", "genre; femme; 52\ngenre; homme")))
                .isInstanceOfSatisfying(ThresholdRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("threshold.error.censusLine");
                    assertThat(refused.arguments()).containsExactly(2);
                });
        assertThatThrownBy(() -> service.change(Map.of("panels.census-shares", "genre; femme; 52\ngenre; homme; 40")))
                .isInstanceOfSatisfying(ThresholdRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("threshold.error.censusSum");
                    assertThat(refused.arguments()).containsExactly("genre", "92");
                });
        service.change(Map.of("panels.census-shares", "genre;femme;51,5\r\ngenre ; homme ; 48.5"));
        assertThat(thresholds.value("panels.census-shares")).isEqualTo("genre; femme; 51.5\ngenre; homme; 48.5");
    }

    @Test
    void another_instance_sees_a_change_when_its_signal_arrives_or_at_worst_when_its_cache_expires() throws Exception {
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        Thresholds otherInstance = new Thresholds(jdbc, clock, new ThresholdSettings(Duration.ofSeconds(5)), catalogs,
                signals);
        assertThat(otherInstance.integer("ideas.reports-to-hide")).isEqualTo(3);

        // Written as another instance would, without a signal: this one keeps what it read until its cache expires.
        jdbc.update("insert into threshold_value (name, value_text, changed_at) values ('ideas.reports-to-hide', '5', ?)",
                java.time.LocalDateTime.of(2026, 3, 1, 10, 0));
        assertThat(otherInstance.integer("ideas.reports-to-hide")).isEqualTo(3);
        clock.advance(Duration.ofSeconds(5));
        assertThat(otherInstance.integer("ideas.reports-to-hide")).isEqualTo(5);

        // Changed through the service: the signal empties the other instance's cache without waiting for it.
        Actors.resident(adrien, Role.ADMINISTRATOR);
        service.change(Map.of("ideas.reports-to-hide", "7"));
        assertThat(thresholds.integer("ideas.reports-to-hide")).as("this instance, at once").isEqualTo(7);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (otherInstance.integer("ideas.reports-to-hide") != 7 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(otherInstance.integer("ideas.reports-to-hide")).as("the other instance, with the clock stopped")
                .isEqualTo(7);
    }
}
