package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.CommitFaults;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class SupportServiceTest {

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

    @Autowired
    CommitFaults faults;

    TerritorySummary commune;
    long author;
    long idea;

    @BeforeEach
    void anIdeaInACommuneOf1240() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        commune = fixtures.commune(1240);
        author = fixtures.resident("author");
        Actors.resident(author);
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
    }

    @AfterEach
    void reset() {
        faults.disarm();
        Actors.clear();
        clock.reset();
    }

    @Test
    void a_resident_supports_once_and_may_take_the_support_back() {
        Actors.resident(fixtures.resident("dominique"));
        assertThat(supports.support(idea).supportCount()).isEqualTo(1);
        assertThat(supports.doISupport(idea)).isTrue();
        assertRefused(() -> supports.support(idea), "support.error.already");

        assertThat(supports.withdrawSupport(idea).supportCount()).isZero();
        assertThat(supports.doISupport(idea)).isFalse();
        assertRefused(() -> supports.withdrawSupport(idea), "support.error.notSupported");
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
    }

    @Test
    void a_support_whose_commit_fails_is_reported_as_failed_and_nothing_is_stored() {
        Actors.resident(fixtures.resident("dominique"));
        faults.failNextSupportCommit(() -> new IllegalStateException("the database went away at commit"));

        assertThatThrownBy(() -> supports.support(idea)).isInstanceOf(IllegalStateException.class);

        assertThat(supports.doISupport(idea)).isFalse();
        assertThat(ideas.findIdea(idea).supportCount()).isZero();
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
        // Once the database is back, the same resident supports normally.
        assertThat(supports.support(idea).supportCount()).isEqualTo(1);
    }

    @Test
    void a_support_aborted_by_a_certification_conflict_is_retried_and_stored_once() {
        Actors.resident(fixtures.resident("dominique"));
        faults.failNextSupportCommit(() -> new CannotAcquireLockException("WSREP detected deadlock/conflict"));
        faults.failNextSupportCommit(() -> new CannotAcquireLockException("WSREP detected deadlock/conflict"));

        SupportOutcome outcome = supports.support(idea);

        assertThat(outcome.supportCount()).isEqualTo(1);
        assertThat(supports.doISupport(idea)).isTrue();
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(1);
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
    }

    @Test
    void self_support_closed_ideas_and_visitors_are_refused_and_nothing_changes() {
        Actors.resident(author);
        assertRefused(() -> supports.support(idea), "support.error.ownIdea");
        Actors.visitor();
        assertThatThrownBy(() -> supports.support(idea)).isInstanceOf(AccessDeniedException.class);

        Actors.resident(author);
        ideas.withdrawIdea(idea);
        Actors.resident(fixtures.resident("dominique"));
        assertRefused(() -> supports.support(idea), "support.error.closed");
        assertRefused(() -> supports.support(987_654), "idea.error.notFound");
        assertThat(ideas.findIdea(idea).supportCount()).isZero();
        assertThat(supports.checkTrail(idea).replayedSupports()).isZero();
    }

    @Test
    void an_idea_matures_exactly_at_the_threshold_within_the_window() {
        int threshold = 13; // 1% of 1,240 inhabitants, rounded up; above the minimum of 10
        supportFrom(threshold - 1);
        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.PUBLISHED);

        clock.advance(Duration.ofDays(364));
        Actors.resident(fixtures.resident("last"));
        SupportOutcome outcome = supports.support(idea);

        assertThat(outcome.state()).isEqualTo(IdeaState.MATURE);
        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.MATURE);
        assertThat(ideas.findIdea(idea).maturedAt()).isEqualTo(clock.instant());
    }

    @Test
    void supports_that_arrive_after_the_window_do_not_make_an_idea_mature() {
        supportFrom(12);
        clock.advance(Duration.ofDays(366));
        Actors.resident(fixtures.resident("late"));
        assertThat(supports.support(idea).state()).isEqualTo(IdeaState.PUBLISHED);
    }

    @Test
    void the_published_chain_head_is_the_replayed_one_with_the_moment_of_the_last_support_event() {
        Actors.visitor();
        assertThat(supports.chainHead(idea)).isEqualTo(new ChainHead("", 0, null));
        Actors.resident(fixtures.resident("dominique"));
        supports.support(idea);
        clock.advance(Duration.ofMinutes(5));
        supports.withdrawSupport(idea);

        Actors.visitor();
        ChainHead head = supports.chainHead(idea);
        assertThat(head.length()).isEqualTo(2);
        assertThat(head.computedAt()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z"));
        assertThat(head.head()).isEqualTo(supports.checkTrail(idea).head()).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> supports.chainHead(987_654)).isInstanceOf(DomainException.class);
    }

    @Test
    void small_communes_need_the_minimum_of_ten_supports() {
        assertThat(IdeaThresholds.maturityThreshold(10, java.math.BigDecimal.ONE, 860))
                .isEqualTo(10);
        assertThat(IdeaThresholds.maturityThreshold(10, java.math.BigDecimal.ONE, 1100))
                .isEqualTo(11);
    }

    @Test
    void a_resident_gives_at_most_sixty_supports_a_minute() {
        List<Long> many = new ArrayList<>();
        Actors.resident(author);
        for (int i = 0; i < 61; i++) {
            clock.advance(Duration.ofMinutes(12));
            many.add(ideas.submitIdea(fixtures.bikeIdea(commune)));
        }
        Actors.resident(fixtures.resident("eager"));
        for (int i = 0; i < 60; i++) {
            supports.support(many.get(i));
        }
        assertRefused(() -> supports.support(many.get(60)), "support.error.rateLimit");
        clock.advance(Duration.ofMinutes(1));
        supports.support(many.get(60));
    }

    @Test
    void concurrent_supports_and_withdrawals_leave_the_exact_count() throws Exception {
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            residents.add(fixtures.resident("crowd-" + i));
        }
        clock.reset();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        for (int worker = 0; worker < 16; worker++) {
            long seed = worker;
            work.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int step = 0; step < 40; step++) {
                    Actors.resident(residents.get(random.nextInt(residents.size())));
                    try {
                        if (random.nextBoolean()) {
                            supports.support(idea);
                        } else {
                            supports.withdrawSupport(idea);
                        }
                    } catch (DomainException expected) {
                        // already supported, or nothing to withdraw: both refusals are part of the race
                    }
                }
                Actors.clear();
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();

        TrailCheck check = supports.checkTrail(idea);
        assertThat(check.chainIntact()).isTrue();
        assertThat(check.shownSupports()).isEqualTo(check.storedSupports()).isEqualTo(check.replayedSupports());
        assertThat(ideas.findIdea(idea).supportCount()).isEqualTo(check.storedSupports());
    }

    @Test
    void residents_supporting_at_the_same_moment_each_see_their_own_count_and_one_of_them_makes_the_idea_mature()
            throws Exception {
        List<Long> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(fixtures.resident("together-" + i));
        }
        crowd.add(crowd.getFirst()); // the same resident twice at once: one support, one refusal
        ExecutorService pool = Executors.newFixedThreadPool(crowd.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SupportOutcome>> answers = new ArrayList<>();
        for (long resident : crowd) {
            answers.add(pool.submit(() -> {
                Actors.resident(resident);
                try {
                    go.await();
                    return supports.support(idea);
                } catch (DomainException refused) {
                    assertThat(refused.messageKey()).isEqualTo("support.error.already");
                    return null;
                } finally {
                    Actors.clear();
                }
            }));
        }
        go.countDown();
        List<SupportOutcome> outcomes = new ArrayList<>();
        for (Future<SupportOutcome> answer : answers) {
            SupportOutcome outcome = answer.get();
            if (outcome != null) {
                outcomes.add(outcome);
            }
        }
        pool.shutdown();

        int threshold = 13;
        assertThat(outcomes).hasSize(40);
        assertThat(outcomes).extracting(SupportOutcome::supportCount).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.state())
                .isEqualTo(outcome.supportCount() >= threshold ? IdeaState.MATURE : IdeaState.PUBLISHED));
        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.MATURE);
        TrailCheck check = supports.checkTrail(idea);
        assertThat(check.chainIntact()).isTrue();
        assertThat(check.shownSupports()).isEqualTo(check.storedSupports()).isEqualTo(40);
    }

    private void supportFrom(int residents) {
        for (int i = 0; i < residents; i++) {
            Actors.resident(fixtures.resident("supporter-" + i));
            supports.support(idea);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
