package fr.sensiblecity.base;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets in this instance's memory: the limits of a single instance, and the fallback of a cluster whose
 * Redis cannot be reached. Not a quota that must survive a restart.
 */
@Component
class LocalTokenBuckets {

    private final TimeMeter time;
    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    LocalTokenBuckets(Clock clock) {
        this.time = RateLimiter.timeMeter(clock);
    }

    boolean tryConsume(String key, BucketConfiguration configuration) {
        boolean[] allowed = new boolean[1];
        // Consumed inside compute, so that the sweep below never forgets a bucket between its check and a take.
        buckets.compute(key, (any, held) -> {
            Held current = held != null ? held : new Held(Bucket.builder()
                    .addLimit(configuration.getBandwidths()[0])
                    .withCustomTimePrecision(time)
                    .build(), configuration.getBandwidths()[0].getCapacity());
            allowed[0] = current.bucket().tryConsume(1);
            return current;
        });
        return allowed[0];
    }

    /** The actions left in the bucket, without taking one (a bucket not made yet is full). */
    long availableTokens(String key, BucketConfiguration configuration) {
        Held held = buckets.get(key);
        return held == null ? configuration.getBandwidths()[0].getCapacity() : held.bucket().getAvailableTokens();
    }

    /**
     * A bucket that has filled up again is indistinguishable from a new one, so forgetting it changes no answer
     * and keeps memory bounded by the people active within the last window. Each instance sweeps its own memory:
     * no cluster lock here.
     */
    @Scheduled(fixedDelay = 600_000)
    void forgetIdlePeople() {
        buckets.keySet().forEach(key -> buckets.computeIfPresent(key,
                (any, held) -> held.bucket().getAvailableTokens() >= held.capacity() ? null : held));
    }

    private record Held(Bucket bucket, long capacity) {
    }
}
