package fr.sensiblecity.base;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses, with a sentence, what a person does past a limit. One token bucket per person and kind of action:
 * in this instance's memory when it runs alone ({@code sensible.cluster.broker=none}), in Redis when several
 * instances share one ({@code redis}), so that two instances do not double every limit.
 *
 * <p>Refill is greedy: a person may act {@code limit} times at once, then regains one action every
 * {@code per / limit}. Over any long stretch that is at most {@code limit} per {@code per}, as the sentence says;
 * unlike the former sliding window, someone refused waits a moment rather than until their oldest action
 * leaves the window.
 */
@Component
public class RateLimiter {

    private final LocalTokenBuckets local;
    private final @Nullable SharedTokenBuckets shared;

    @Autowired
    RateLimiter(LocalTokenBuckets local, ObjectProvider<SharedTokenBuckets> shared) {
        this(local, shared.getIfAvailable());
    }

    RateLimiter(LocalTokenBuckets local, @Nullable SharedTokenBuckets shared) {
        this.local = local;
        this.shared = shared;
    }

    /**
     * Records one action of {@code who} in {@code bucket}, or refuses it with {@code messageKey} (argument: the
     * limit) when {@code limit} actions already happened within {@code per}.
     */
    public void acquire(String bucket, long who, int limit, Duration per, String messageKey) {
        if (!tryConsume(key(bucket, who, limit, per), configuration(limit, per))) {
            throw new DomainException(messageKey, limit);
        }
    }

    /**
     * Whether {@code who} has an action left in {@code bucket}, without counting one: for limits on failures, such
     * as wrong passwords, where only {@link #count} after a failure takes a token.
     */
    public boolean allows(String bucket, long who, int limit, Duration per) {
        String key = key(bucket, who, limit, per);
        BucketConfiguration configuration = configuration(limit, per);
        Long available = shared == null ? null : shared.availableTokens(key, configuration);
        return (available != null ? available : local.availableTokens(key, configuration)) > 0;
    }

    /** Counts one action of {@code who} in {@code bucket}, whether or not it was over the limit. */
    public void count(String bucket, long who, int limit, Duration per) {
        tryConsume(key(bucket, who, limit, per), configuration(limit, per));
    }

    private boolean tryConsume(String key, BucketConfiguration configuration) {
        Boolean allowed = shared == null ? null : shared.tryConsume(key, configuration);
        return allowed != null ? allowed : local.tryConsume(key, configuration);
    }

    /**
     * The limit is part of the key: when an administrator changes it, everyone starts a bucket of the new size (a
     * bucket keeps the size it was made with), and the old ones expire unused.
     */
    private static String key(String bucket, long who, int limit, Duration per) {
        return bucket + "/" + limit + "/" + per.toSeconds() + ":" + who;
    }

    static BucketConfiguration configuration(int limit, Duration per) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, per))
                .build();
    }

    /** Bucket4j reads time through this, so that tests which move the application's clock move the limits too. */
    static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
