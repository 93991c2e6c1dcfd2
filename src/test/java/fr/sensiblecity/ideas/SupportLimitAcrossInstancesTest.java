package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.support.SecondInstance;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances of the platform share MariaDB and Redis (sensible.cluster.broker=redis): a resident who acts
 * through both still meets the limit once, not once per instance. The limit is lowered to three supports a
 * minute in both, so that a few ideas suffice.
 */
@MariaDbTest
class SupportLimitAcrossInstancesTest {

    /** Fresh Redis keys on every run, under this helper's own prefix. */
    private static final String PREFIX = "sc-limits:" + UUID.randomUUID() + ":";
    private static final String THREE_A_MINUTE = "sensible.ideas.supports-per-minute=3";

    static SecondInstance instanceB;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void limitsSharedThroughRedis(DynamicPropertyRegistry registry) {
        registry.add("sensible.cluster.broker", () -> "redis");
        registry.add("sensible.cluster.key-prefix", () -> PREFIX);
        registry.add("sensible.ideas.supports-per-minute", () -> "3");
    }

    @BeforeAll
    static void startInstanceB(@Autowired ApplicationContext instanceA) {
        instanceB = SecondInstance.startLike(instanceA, THREE_A_MINUTE);
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
        instanceB.bean(MutableClock.class).reset();
    }

    @Test
    void a_rate_limit_holds_across_both_instances() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        TerritorySummary commune = fixtures.commune(1240);
        Actors.resident(fixtures.resident("author"));
        List<Long> fourIdeas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(15));
            fourIdeas.add(ideas.submitIdea(fixtures.bikeIdea(commune)));
        }
        // Both instances read the same time, as synchronised servers do.
        MutableClock clockOfB = instanceB.bean(MutableClock.class);
        clockOfB.setTo(clock.instant());
        SupportService supportsOfB = instanceB.bean(SupportService.class);

        Actors.resident(fixtures.resident("eager"));
        supports.support(fourIdeas.get(0));
        supportsOfB.support(fourIdeas.get(1));
        supports.support(fourIdeas.get(2));
        assertThatThrownBy(() -> supportsOfB.support(fourIdeas.get(3)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("support.error.rateLimit");
                    assertThat(refusal.arguments()).containsExactly(3);
                });
        assertThatThrownBy(() -> supports.support(fourIdeas.get(3))).isInstanceOf(DomainException.class);
        assertThat(supports.doISupport(fourIdeas.get(3))).isFalse();

        clock.advance(Duration.ofMinutes(1));
        clockOfB.advance(Duration.ofMinutes(1));
        assertThat(supportsOfB.support(fourIdeas.get(3)).supported()).isTrue();
        assertThat(supports.doISupport(fourIdeas.get(3))).isTrue();
    }
}
