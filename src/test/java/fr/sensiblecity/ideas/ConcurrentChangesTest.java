package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.LockWaits;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Races played in a chosen order: one transaction is held open while another runs into it, and the test lets go
 * only once the other has finished or waits for a lock.
 */
@MariaDbTest
class ConcurrentChangesTest {

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
    LockWaits locks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IdeaSettings settings;

    ExecutorService others = Executors.newCachedThreadPool();
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
    void stop() {
        others.shutdownNow();
        Actors.clear();
    }

    @Test
    void an_idea_supported_while_its_author_rewords_it_keeps_the_wording_its_supporter_saw() throws Exception {
        long dominique = fixtures.resident("dominique");
        IdeaForm reworded = new IdeaForm("Des trottinettes partout", "Remplacer les vélos par des trottinettes "
                + "électriques dans toute la commune.", fixtures.theme("mobility"), commune.id(), null);
        Future<?>[] edit = new Future<?>[1];

        inOneTransaction(() -> {
            Actors.resident(dominique);
            supports.support(idea); // not committed yet: the author's edit runs into it
            edit[0] = others.submit(as(author, () -> {
                ideas.editIdea(idea, reworded);
                return null;
            }));
            locks.untilDoneOrBlocked(edit[0]);
        });

        assertThatThrownBy(() -> edit[0].get()).cause().isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("idea.error.notEditable");
        IdeaDetails shown = ideas.findIdea(idea);
        assertThat(shown.title()).isEqualTo("Des vélos partagés au bourg");
        assertThat(shown.supportCount()).isEqualTo(1);
    }

    @Test
    void two_simultaneous_reports_that_reach_the_threshold_hide_the_idea() throws Exception {
        reportUpToTheThreshold(ContentType.IDEA, idea);

        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.HIDDEN);
    }

    @Test
    void two_simultaneous_reports_that_reach_the_threshold_hide_the_comment() throws Exception {
        long commenter = fixtures.resident("commenter");
        Actors.resident(commenter);
        long comment = comments.postComment(idea, null, "Un commentaire qui sera signalé.").id();
        Actors.clear();

        reportUpToTheThreshold(ContentType.COMMENT, comment);

        assertThat(jdbc.queryForObject("select hidden from idea_comment where id = ?", Boolean.class, comment)).isTrue();
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
        CountDownLatch elsewhereWritten = new CountDownLatch(1);
        CountDownLatch commitElsewhere = new CountDownLatch(1);
        Future<?> elsewhere = others.submit(() -> inOneTransaction(() -> {
            Actors.resident(romane);
            supports.support(second);
            Actors.clear();
            elsewhereWritten.countDown();
            commitElsewhere.await();
        }));
        elsewhereWritten.await();
        // Someone holds the first idea: Xavier's support, first in the lane, waits for it.
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<?> holder = others.submit(() -> inOneTransaction(() -> {
            jdbc.queryForList("select id from idea where id = ? for update", Long.class, idea);
            firstHeld.countDown();
            releaseFirst.await();
        }));
        firstHeld.await();
        Future<SupportOutcome> xaviers = others.submit(as(xavier, () -> supports.support(idea)));
        locks.untilDoneOrBlocked(xaviers);
        // Meanwhile Yann's support of the first idea and Romane's of the second queue up in the same lane.
        Future<SupportOutcome> yanns = others.submit(as(yann, () -> supports.support(idea)));
        Future<SupportOutcome> romanes = others.submit(as(romane, () -> supports.support(second)));
        untilQueued(2);

        releaseFirst.countDown();
        holder.get();
        assertThat(xaviers.get().supportCount()).isEqualTo(1);
        // The group of Yann and Romane has read the first idea and now waits for the second one.
        locks.untilDoneOrBlocked(romanes);
        commitElsewhere.countDown();
        elsewhere.get();

        assertThat(yanns.get().supportCount()).isEqualTo(2);
        assertThatThrownBy(romanes::get).cause().isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("support.error.already");
        assertThat(ideas.findIdea(second).supportCount()).isEqualTo(1);
        assertThat(supports.checkTrail(idea).consistent()).isTrue();
        assertThat(supports.checkTrail(second).consistent()).isTrue();
    }

    private void reportUpToTheThreshold(ContentType type, long target) throws Exception {
        int threshold = settings.reportsToHide();
        for (int i = 0; i < threshold - 2; i++) {
            Actors.resident(fixtures.resident("reporter-" + i));
            reports.report(type, target, "Propos injurieux");
        }
        long lastButOne = fixtures.resident("last-but-one");
        long last = fixtures.resident("last");
        Future<?>[] lastReport = new Future<?>[1];

        inOneTransaction(() -> {
            Actors.resident(lastButOne);
            reports.report(type, target, "Propos injurieux"); // not committed yet when the last report arrives
            lastReport[0] = others.submit(as(last, () -> reports.report(type, target, "Propos injurieux")));
            locks.untilDoneOrBlocked(lastReport[0]);
        });
        lastReport[0].get();
        Actors.clear();
        assertThat(jdbc.queryForObject("select count(*) from report where target_type = ? and target_id = ? "
                + "and resolved_at is null", Integer.class, type.name(), target)).isEqualTo(threshold);
    }

    /** Waits until this many threads sleep in a support lane, their requests queued. */
    private void untilQueued(int count) throws InterruptedException {
        while (Thread.getAllStackTraces().values().stream().filter(stack -> Arrays.stream(stack).anyMatch(frame ->
                frame.getClassName().equals(SupportCombiner.class.getName()) && frame.getMethodName().equals("submit"))
                && stack.length > 0 && Arrays.stream(stack).limit(4).anyMatch(frame -> frame.getMethodName().equals("parkNanos")))
                .count() < count) {
            Thread.sleep(5);
        }
    }

    private void inOneTransaction(Step step) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                step.run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                Actors.clear();
            }
        });
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

    private interface Step {
        void run() throws InterruptedException;
    }
}
