package fr.sensiblecity.base.live;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.ClusterSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Presence shared by every instance: one sorted set per thing read, whose members are open pages
 * ({@code instance|page|name}) scored by the time they expire. Each instance renews its own pages every third of
 * the time to live, so the pages of an instance that died vanish by themselves; on each renewal it also notices
 * arrivals and departures it was not told about (an instance that died), and refreshes its own pages.
 */
@Component
@ConditionalOnProperty(name = "sensible.cluster.broker", havingValue = "redis")
class RedisPresenceBoard implements PresenceBoard {

    private static final Logger LOG = LoggerFactory.getLogger(RedisPresenceBoard.class);

    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong pageNumbers = new AtomicLong();
    private final Map<Signal, Map<String, String>> mine = new ConcurrentHashMap<>();
    private final Map<Signal, List<String>> lastSeen = new ConcurrentHashMap<>();
    private final StringRedisTemplate redis;
    private final LiveSignals signals;
    private final String prefix;
    private final Duration ttl;

    RedisPresenceBoard(StringRedisTemplate redis, LiveSignals signals, ClusterSettings settings) {
        this.redis = redis;
        this.signals = signals;
        this.prefix = settings.keyPrefix() + "presence:";
        this.ttl = settings.presenceTtl();
    }

    @Override
    public Registration enter(LiveTopic place, long key, String name) {
        Signal where = new Signal(place, key);
        String member = instance + "|" + pageNumbers.incrementAndGet() + "|" + name;
        mine.computeIfAbsent(where, any -> new ConcurrentHashMap<>()).put(member, name);
        write(where, Set.of(member));
        signals.signal(place, key);
        return () -> {
            mine.computeIfPresent(where, (any, open) -> {
                open.remove(member);
                return open.isEmpty() ? null : open;
            });
            try {
                redis.opsForZSet().remove(redisKey(where), member);
            } catch (DataAccessException unreachable) {
                LOG.debug("Presence not removed (it expires by itself): {}", unreachable.getMessage());
            }
            signals.signal(place, key);
        };
    }

    @Override
    public List<String> present(LiveTopic place, long key) {
        Signal where = new Signal(place, key);
        try {
            String redisKey = redisKey(where);
            redis.opsForZSet().removeRangeByScore(redisKey, 0, System.currentTimeMillis());
            Set<String> members = redis.opsForZSet().range(redisKey, 0, -1);
            List<String> names = (members == null ? Set.<String>of() : members).stream()
                    .map(member -> member.substring(member.indexOf('|', member.indexOf('|') + 1) + 1))
                    .distinct().sorted().toList();
            lastSeen.put(where, names);
            return names;
        } catch (DataAccessException unreachable) {
            // Without Redis, at least the readers on this instance.
            return mine.getOrDefault(where, Map.of()).values().stream().distinct().sorted().toList();
        }
    }

    // A third of sensible.cluster.presence-ttl (30 s by default).
    @Scheduled(fixedDelayString = "${sensible.cluster.presence-renewal:10s}")
    void renew() {
        for (var entry : mine.entrySet()) {
            try {
                write(entry.getKey(), entry.getValue().keySet());
            } catch (DataAccessException unreachable) {
                LOG.debug("Presence not renewed: {}", unreachable.getMessage());
                return;
            }
            List<String> before = lastSeen.get(entry.getKey());
            if (before != null && !before.equals(present(entry.getKey().topic(), entry.getKey().key()))) {
                signals.local(entry.getKey().topic(), entry.getKey().key());
            }
        }
    }

    private void write(Signal where, Set<String> members) {
        String redisKey = redisKey(where);
        double expires = System.currentTimeMillis() + ttl.toMillis();
        members.forEach(member -> redis.opsForZSet().add(redisKey, member, expires));
        redis.expire(redisKey, ttl.multipliedBy(2));
    }

    private String redisKey(Signal where) {
        return prefix + where.encode();
    }
}
