package fr.sensiblecity.base;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Token buckets in Redis, shared by every instance (sensible.cluster.broker=redis): keys
 * {@code <key-prefix>rate:<bucket>:<person>}, updated by compare-and-swap and expiring once full again, so an
 * idle person leaves nothing behind.
 *
 * <p>When Redis cannot be reached, {@link #tryConsume} answers null and the caller counts in its own memory:
 * refusing everyone would take participation down with a cache, and letting everyone through would open the
 * door to floods exactly when the platform is weakest. Each instance then enforces the limits on its own (a
 * person could act once per instance), which is how the platform ran before the cluster. Redis is tried again
 * after a pause, not on every action, so that an outage does not add a timeout to each click.
 */
@Component
@ConditionalOnProperty(name = "sensible.cluster.broker", havingValue = "redis")
class SharedTokenBuckets implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedTokenBuckets.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final Supplier<AbstractRedisClient> client;
    private final String prefix;
    private final Clock clock;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile @Nullable StatefulConnection<String, byte[]> connection;
    private volatile @Nullable LettuceBasedProxyManager<String> buckets;
    private volatile long retryAtNanos = Long.MIN_VALUE;
    private volatile boolean down;

    @Autowired
    SharedTokenBuckets(LettuceConnectionFactory redis, ClusterSettings settings, Clock clock) {
        this(redis::getRequiredNativeClient, settings.keyPrefix(), clock);
    }

    /** Over a client of one's own: for a test that points at a Redis which is not there. */
    SharedTokenBuckets(Supplier<AbstractRedisClient> client, String prefix, Clock clock) {
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
    }

    /** True if allowed, false if over the limit, null if Redis could not answer (the caller decides locally). */
    @Nullable Boolean tryConsume(String key, BucketConfiguration configuration) {
        return withBucket(key, configuration, bucket -> bucket.tryConsume(1));
    }

    /** The actions left in the bucket, without taking one; null if Redis could not answer. */
    @Nullable Long availableTokens(String key, BucketConfiguration configuration) {
        return withBucket(key, configuration, Bucket::getAvailableTokens);
    }

    private <T> @Nullable T withBucket(String key, BucketConfiguration configuration, Function<Bucket, T> use) {
        if (down && System.nanoTime() - retryAtNanos < 0) {
            return null;
        }
        LettuceBasedProxyManager<String> manager = buckets != null ? buckets : connect();
        if (manager == null) {
            return null;
        }
        try {
            T answer = use.apply(manager.builder().build(prefix + "rate:" + key, () -> configuration));
            if (down) {
                down = false;
                LOG.info("Redis answers again: rate limits are shared by all instances once more");
            }
            return answer;
        } catch (RuntimeException unreachable) {
            markDown(unreachable);
            return null;
        }
    }

    /** Connects on first use rather than at start-up, so that an instance starts even while Redis is away. */
    private @Nullable LettuceBasedProxyManager<String> connect() {
        if (!connecting.tryLock()) {
            return null; // another thread is connecting: this action is counted locally meanwhile
        }
        try {
            if (buckets == null) {
                RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
                AbstractRedisClient redisClient = client.get();
                Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder;
                if (redisClient instanceof RedisClusterClient cluster) {
                    var opened = cluster.connect(codec);
                    connection = opened;
                    builder = Bucket4jLettuce.casBasedBuilder(opened);
                } else {
                    var opened = ((RedisClient) redisClient).connect(codec);
                    connection = opened;
                    builder = Bucket4jLettuce.casBasedBuilder(opened);
                }
                buckets = builder
                        .clientClock(RateLimiter.timeMeter(clock))
                        .requestTimeout(REQUEST_TIMEOUT)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build();
            }
            return buckets;
        } catch (RuntimeException unreachable) {
            markDown(unreachable);
            return null;
        } finally {
            connecting.unlock();
        }
    }

    private void markDown(RuntimeException cause) {
        retryAtNanos = System.nanoTime() + RETRY_AFTER.toNanos();
        if (!down) {
            down = true;
            LOG.warn("Redis unreachable ({}): each instance enforces rate limits on its own until it answers again",
                    cause.toString());
        }
    }

    @Override
    public void close() {
        StatefulConnection<String, byte[]> open = connection;
        if (open != null && open.isOpen()) { // Spring Data may have shut its client (and this connection) down first
            open.close();
        }
    }
}
