package fr.sensiblecity.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts what each person did recently and refuses, with a sentence, what goes past a limit. Kept in memory:
 * limits protect one instance from floods and are not a quota that must survive a restart.
 */
@Component
public class RateLimiter {

    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records one action of {@code who} in {@code bucket}, or refuses it with {@code messageKey} (argument: the
     * limit) when {@code limit} actions already happened within {@code per}.
     */
    public void acquire(String bucket, long who, int limit, Duration per, String messageKey) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(bucket + ":" + who, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(per))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                throw new DomainException(messageKey, limit);
            }
            times.addLast(now);
        }
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdlePeople() {
        recent.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || times.peekLast().isBefore(clock.instant().minus(Duration.ofHours(2)));
            }
        });
    }
}
