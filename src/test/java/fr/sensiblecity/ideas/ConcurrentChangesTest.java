package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.drafts.ConsultationService;
import fr.sensiblecity.drafts.DraftContent;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.moderation.ModerationSettings;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.HeldTransaction;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Races played in a chosen order: a transaction of the test's own ({@link HeldTransaction}) holds a change open while
 * a service call runs into it on another thread; the test lets go once that call has finished or waits for a
 * row lock. Nothing here is timed; every wait is bounded and fails with a sentence.
 */
@MariaDbTest
class ConcurrentChangesTest {

    private static final long PATIENCE_SECONDS = 30;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    ReportService reports;

    @Autowired
    CommentService comments;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ModerationSettings settings;

    @Autowired
    DraftService drafts;

    @Autowired
    ConsultationService consultation;

    final ExecutorService others = Executors.newCachedThreadPool();
    TerritorySummary commune;
    long author;
    long idea;

    @BeforeEach
    void anIdea() {
        database.wipe();
        commune = fixtures.commune(1240);
        author = fixtures.resident("author");
        Actors.resident(author);
        idea = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.clear();
    }

    @AfterEach
    void stop() throws InterruptedException {
        others.shutdownNow();
        others.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS);
        Actors.clear();
    }

    @Test
    void an_idea_supported_while_its_author_rewords_it_keeps_the_wording_its_supporter_saw() throws Exception {
        long dominique = fixtures.resident("dominique");
        IdeaForm reworded = new IdeaForm("Des trottinettes partout", "Remplacer les vélos par des trottinettes "
                + "électriques dans toute la commune.", fixtures.theme("mobility"), commune.id(), null);

        try (HeldTransaction support = held(() -> {
            Actors.resident(dominique);
            supports.support(idea);
        })) {
            Future<?> edit = others.submit(as(author, () -> {
                ideas.editIdea(idea, reworded);
                return null;
            }));
            support.untilDoneOrWaitingForALock(edit);
            support.commit();

            assertThatThrownBy(() -> outcome(edit)).isInstanceOf(DomainException.class)
                    .extracting("messageKey").isEqualTo("idea.error.notEditable");
        }
        IdeaDetails shown = ideas.findIdea(idea);
        assertThat(shown.title()).isEqualTo("Des vélos partagés au bourg");
        assertThat(shown.supportCount()).isEqualTo(1);
    }

    @Test
    void two_simultaneous_reports_that_reach_the_threshold_hide_the_idea() throws Exception {
        assertThat(reportUpToTheThreshold(ContentType.IDEA, idea)).as("the last report hid the idea").isTrue();

        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.HIDDEN);
    }

    @Test
    void two_simultaneous_reports_that_reach_the_threshold_hide_the_comment() throws Exception {
        long commenter = fixtures.resident("commenter");
        Actors.resident(commenter);
        long comment = comments.postComment(idea, null, "Un commentaire qui sera signalé.").id();
        Actors.clear();

        assertThat(reportUpToTheThreshold(ContentType.COMMENT, comment)).as("the last report hid the comment").isTrue();

        assertThat(jdbc.queryForObject("select hidden from idea_comment where id = ?", Boolean.class, comment)).isTrue();
    }

    @Test
    void two_simultaneous_reports_that_reach_the_threshold_hide_a_consultation_comment() throws Exception {
        Actors.resident(fixtures.resident("facilitatrice"), Role.FACILITATOR);
        long draft = drafts.openDraft(new DraftForm("Partager la route", "Comment partager la route ?",
                "Conseil municipal", null));
        long section = drafts.addSection(draft, "Pistes cyclables", "Une piste longe le canal.");
        drafts.advancePhase(draft, DraftPhase.CONSULTATION);
        Actors.resident(fixtures.resident("commenter"));
        consultation.commentSection(draft, section, null, "Un commentaire qui sera signalé.");
        long comment = jdbc.queryForObject("select max(id) from consultation_comment", Long.class);
        Actors.clear();

        assertThat(reportUpToTheThreshold(DraftContent.CONSULTATION_COMMENT, comment))
                .as("the last report hid the comment").isTrue();

        assertThat(jdbc.queryForObject("select hidden from consultation_comment where id = ?", Boolean.class, comment))
                .isTrue();
    }

    /**
     * Ideas whose ids are equal modulo 64 share a lane: supports of both, queued while the lane is busy, are written
     * in one transaction. A support of the second idea, committed after that transaction read the first idea's
     * supporters, must be seen as a duplicate of that resident's request, not break the whole group.
     */
    @Test
    void a_duplicate_from_elsewhere_in_a_group_spanning_two_ideas_fails_only_its_own_request() throws Exception {
        jdbc.execute("alter table idea auto_increment = " + (idea + 64));
        Actors.resident(fixtures.resident("second-author"));
        long second = ideas.submitIdea(fixtures.bikeIdea(commune));
        Actors.clear();
        assertThat(second % 64).isEqualTo(idea % 64);
        long xavier = fixtures.resident("xavier");
        long yann = fixtures.resident("yann");
        long romane = fixtures.resident("romane");

        // Elsewhere (another instance), Romane's support of the second idea is written but not committed yet.
        try (HeldTransaction elsewhere = held(() -> {
            Actors.resident(romane);
            supports.support(second);
        }); HeldTransaction firstIdea = held(() -> jdbc.queryForList("select id from idea where id = ? for update",
                Long.class, idea))) {
            // Someone holds the first idea: Xavier's support, first in the lane, waits for it.
            Future<SupportOutcome> xaviers = others.submit(as(xavier, () -> supports.support(idea)));
            firstIdea.untilDoneOrWaitingForALock(xaviers);
            assertThat(xaviers.isDone()).as("Xavier's support waits for the first idea").isFalse();
            // Meanwhile Yann's support of the first idea and Romane's of the second queue up in the same lane.
            Future<SupportOutcome> yanns = others.submit(as(yann, () -> supports.support(idea)));
            Future<SupportOutcome> romanes = others.submit(as(romane, () -> supports.support(second)));
            untilQueuedInALane(2);

            firstIdea.commit();
            assertThat(outcome(xaviers).supportCount()).isEqualTo(1);
            // The group of Yann and Romane has read the first idea's supporters and now waits for the second idea.
            elsewhere.untilDoneOrWaitingForALock(romanes);
            assertThat(romanes.isDone()).as("the group waits for the second idea").isFalse();
            elsewhere.commit();

            assertThat(outcome(yanns).supportCount()).isEqualTo(2);
            assertThatThrownBy(() -> outcome(romanes)).isInstanceOf(DomainException.class).extracting("messageKey")
                    .isEqualTo("support.error.already");
        }
        assertThat(ideas.findIdea(second).supportCount()).isEqualTo(1);
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
        assertThat(supports.checkTrail(second).consistent()).isTrue();
    }

    /** Reports up to the threshold, the last two at the same moment; returns what the last one answered. */
    private boolean reportUpToTheThreshold(ContentKind type, long target) throws Exception {
        int threshold = settings.reportsToHide();
        for (int i = 0; i < threshold - 2; i++) {
            Actors.resident(fixtures.resident("reporter-" + i));
            reports.report(type, target, "Propos injurieux");
        }
        Actors.clear();
        long lastButOne = fixtures.resident("last-but-one");
        long last = fixtures.resident("last");
        boolean hidByLast;
        try (HeldTransaction lastButOneReport = held(() -> {
            Actors.resident(lastButOne);
            reports.report(type, target, "Propos injurieux");
        })) {
            Future<Boolean> lastReport = others.submit(as(last, () -> reports.report(type, target, "Propos injurieux")));
            lastButOneReport.untilDoneOrWaitingForALock(lastReport);
            lastButOneReport.commit();
            hidByLast = outcome(lastReport);
        }
        assertThat(jdbc.queryForObject("select count(*) from report where target_type = ? and target_id = ? "
                + "and resolved_at is null", Integer.class, type.key(), target)).isEqualTo(threshold);
        return hidByLast;
    }

    /** Waits (at most 30 s) until this many threads sleep in a support lane, their requests queued. */
    private void untilQueuedInALane(int count) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (Thread.getAllStackTraces().values().stream().filter(ConcurrentChangesTest::parkedInALane).count() < count) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError(count + " supports were not queued in a lane within " + PATIENCE_SECONDS + " s");
            }
            Thread.sleep(10);
        }
    }

    /** Parked in {@link SupportCombiner#submit}: its request was queued before the loop that parks. */
    private static boolean parkedInALane(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(SupportCombiner.class.getName())
                && frame.getMethodName().equals("submit"))
                && Arrays.stream(stack).limit(4).anyMatch(frame -> frame.getMethodName().startsWith("park"));
    }

    private HeldTransaction held(Runnable step) {
        return HeldTransaction.open(transactions, jdbc, step);
    }

    /** The call's result, or what it threw; fails rather than waits forever. */
    private static <T> T outcome(Future<T> call) throws Exception {
        try {
            return call.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        } catch (java.util.concurrent.TimeoutException stuck) {
            throw new AssertionError("the concurrent call did not finish within " + PATIENCE_SECONDS + " s", stuck);
        }
    }

    private static <T> Callable<T> as(long resident, Callable<T> work) {
        return () -> {
            Actors.resident(resident);
            try {
                return work.call();
            } finally {
                Actors.clear();
            }
        };
    }
}
