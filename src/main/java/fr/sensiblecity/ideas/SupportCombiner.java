package fr.sensiblecity.ideas;

import fr.sensiblecity.base.TransientFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Lets residents who support at the same moment share one transaction: each request joins a queue, and whichever
 * caller holds the lane's lock takes every waiting request and writes them together; the others sleep until their
 * own request is settled, or until the writer hands them the next turn. A popular idea then pays one
 * row lock and one commit for a whole group of supports instead of one each, while every support is still checked
 * on its own and gets its own link in the hash chain. Lanes are striped by idea, so memory stays bounded however
 * many ideas there are; correctness across several app instances still comes from the idea's row lock.
 */
final class SupportCombiner {

    private static final int LANES = 64;
    private static final int MOST_PER_TRANSACTION = 256;
    private static final long SAFETY_WAKE_NANOS = 20_000_000;
    private static final int ATTEMPTS = 5;
    private static final long RETRY_PAUSE_NANOS = 50_000_000;

    private final Lane[] lanes = new Lane[LANES];
    private final Consumer<List<Pending>> writer;

    /** {@code writer} settles every pending request it is given, in one transaction of its own. */
    SupportCombiner(Consumer<List<Pending>> writer) {
        this.writer = writer;
        for (int i = 0; i < LANES; i++) {
            lanes[i] = new Lane();
        }
    }

    SupportOutcome submit(Pending request) {
        Lane lane = lanes[Math.floorMod(Long.hashCode(request.ideaId()), LANES)];
        lane.waiting.add(request);
        while (!request.settled()) {
            if (lane.lock.tryLock()) {
                try {
                    // Our request is either settled already or still queued: a writer settles its whole group
                    // before it lets go of the lock.
                    while (!request.settled()) {
                        settle(drain(lane));
                    }
                } finally {
                    lane.lock.unlock();
                }
                // Whoever waits longest writes the next group.
                Pending next = lane.waiting.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller);
                }
            } else {
                // Woken when our request is settled, or when it is our turn to write; the timeout is a safety net.
                LockSupport.parkNanos(this, SAFETY_WAKE_NANOS);
            }
        }
        return request.outcome();
    }

    private static List<Pending> drain(Lane lane) {
        List<Pending> group = new ArrayList<>();
        Pending next;
        while (group.size() < MOST_PER_TRANSACTION && (next = lane.waiting.poll()) != null) {
            group.add(next);
        }
        return group;
    }

    /**
     * Writes the group; outcomes count only once its transaction has committed. A transient failure (a deadlock,
     * a Galera certification conflict, a database node that died) starts the whole group again, from fresh reads.
     */
    private void settle(List<Pending> group) {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.accept(group);
                group.forEach(Pending::confirm);
                break;
            } catch (RuntimeException failure) {
                group.forEach(Pending::forget);
                if (attempt < ATTEMPTS && TransientFailure.isTransient(failure)) {
                    LockSupport.parkNanos(this, RETRY_PAUSE_NANOS * attempt);
                    continue;
                }
                group.forEach(pending -> pending.fail(failure));
                break;
            }
        }
        for (Pending pending : group) {
            pending.fail(new IllegalStateException("support of idea " + pending.ideaId() + " was not settled"));
            LockSupport.unpark(pending.caller);
        }
    }

    private static final class Lane {
        final ReentrantLock lock = new ReentrantLock();
        final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    }

    /** One resident's support waiting to be written; settled by whichever thread writes its group. */
    static final class Pending {

        private final long ideaId;
        private final long residentId;
        private final java.time.Instant at;
        private final Thread caller = Thread.currentThread();
        private volatile @Nullable SupportOutcome outcome;
        private volatile @Nullable RuntimeException refusal;
        /** What the writer decided, not yet committed. */
        private volatile @Nullable SupportOutcome tentative;

        Pending(long ideaId, long residentId, java.time.Instant at) {
            this.ideaId = ideaId;
            this.residentId = residentId;
            this.at = at;
        }

        long ideaId() {
            return ideaId;
        }

        long residentId() {
            return residentId;
        }

        java.time.Instant at() {
            return at;
        }

        /** Accepts the request, once the transaction commits ({@link #confirm()}). */
        void succeed(SupportOutcome result) {
            tentative = result;
        }

        /** The transaction committed: the accepted request is settled. */
        void confirm() {
            if (tentative != null && refusal == null) {
                outcome = tentative;
            }
        }

        /** The transaction rolled back: what it decided never happened. */
        void forget() {
            tentative = null;
            if (outcome == null) {
                refusal = null;
            }
        }

        /** Refuses the request, unless it was settled already. */
        void fail(RuntimeException why) {
            if (outcome == null && refusal == null) {
                refusal = why;
            }
        }

        boolean settled() {
            return outcome != null || refusal != null;
        }

        /** The outcome, or the refusal thrown again in the caller's own thread. */
        SupportOutcome outcome() {
            if (refusal != null) {
                throw refusal;
            }
            if (outcome == null) {
                throw new IllegalStateException("support of idea " + ideaId + " was not settled");
            }
            return outcome;
        }
    }
}
