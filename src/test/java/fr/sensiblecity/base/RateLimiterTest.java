package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.support.MutableClock;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limiter on its own: in memory, over Redis (127.0.0.1:6379, as on every machine here), and without it. */
class RateLimiterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock();
    private final String prefix = "sc-limits:" + UUID.randomUUID() + ":";
    private final RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
    private final RedisClient nowhere = RedisClient.create("redis://127.0.0.1:1");

    @AfterEach
    void shutDown() {
        redis.shutdown();
        nowhere.shutdown();
    }

    @Test
    void a_person_meets_the_limit_with_its_sentence_and_regains_actions_as_time_passes() {
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        RateLimiter limiter = new RateLimiter(new LocalTokenBuckets(clock), (SharedTokenBuckets) null);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("supports", 7, 3, MINUTE, "support.error.rateLimit");
        }
        assertRefused(limiter, 7);
        limiter.acquire("supports", 8, 3, MINUTE, "support.error.rateLimit");
        limiter.acquire("comments", 7, 3, MINUTE, "comment.error.rateLimit");

        clock.advance(Duration.ofSeconds(20));
        limiter.acquire("supports", 7, 3, MINUTE, "support.error.rateLimit");
        assertRefused(limiter, 7);
    }

    @Test
    void two_instances_on_one_redis_share_each_persons_limit_and_idle_keys_expire() {
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        RateLimiter instanceA = sharedThrough(redis);
        RateLimiter instanceB = sharedThrough(redis);
        instanceA.acquire("supports", 7, 3, MINUTE, "support.error.rateLimit");
        instanceB.acquire("supports", 7, 3, MINUTE, "support.error.rateLimit");
        instanceA.acquire("supports", 7, 3, MINUTE, "support.error.rateLimit");
        assertRefused(instanceB, 7);

        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            long millisToLive = connection.sync().pttl(prefix + "rate:supports/3/60:7");
            assertThat(millisToLive).as("full again within a minute, then kept 10 s").isBetween(1L, 70_000L);
        }
    }

    @Test
    void when_redis_cannot_be_reached_each_instance_still_enforces_the_limit_on_its_own() {
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        RateLimiter limiter = sharedThrough(nowhere);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("supports", 7, 3, MINUTE, "support.error.rateLimit");
        }
        assertRefused(limiter, 7);
    }

    private RateLimiter sharedThrough(RedisClient client) {
        return new RateLimiter(new LocalTokenBuckets(clock), new SharedTokenBuckets(() -> client, prefix, clock));
    }

    private static void assertRefused(RateLimiter limiter, long who) {
        assertThatThrownBy(() -> limiter.acquire("supports", who, 3, MINUTE, "support.error.rateLimit"))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("support.error.rateLimit");
                    assertThat(refusal.arguments()).containsExactly(3);
                });
    }
}
