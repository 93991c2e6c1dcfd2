package fr.sensiblecity.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.ClusterSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two instances' live machinery (signals and presence) on the machine's real Redis, each with its own
 * connection, as two servers behind a load balancer would have.
 */
class LiveSignalsAcrossInstancesTest {

    private final ClusterSettings settings = new ClusterSettings(ClusterSettings.Broker.REDIS,
            "sc-live-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ":", Duration.ofMillis(250),
            Duration.ofSeconds(30));
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Instance a;
    private Instance b;

    @BeforeEach
    void twoInstances() {
        a = new Instance();
        b = new Instance();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable each : opened.reversed()) {
            each.close();
        }
    }

    @Test
    void a_change_signalled_on_one_instance_reaches_the_pages_of_that_thing_on_the_other_only() {
        AtomicInteger idea7 = new AtomicInteger();
        AtomicInteger idea8 = new AtomicInteger();
        b.signals.listen(LiveTopic.IDEA_SUPPORTS, 7, idea7::incrementAndGet);
        b.signals.listen(LiveTopic.IDEA_SUPPORTS, 8, idea8::incrementAndGet);
        awaitSubscribed();

        a.signals.signal(LiveTopic.IDEA_SUPPORTS, 7);

        await(() -> idea7.get() == 1);
        assertThat(idea8).hasValue(0);
    }

    @Test
    void a_burst_of_changes_reaches_a_page_a_few_times_and_once_more_after_the_last() throws Exception {
        List<Long> heardAt = new CopyOnWriteArrayList<>();
        b.signals.listen(LiveTopic.IDEA_SUPPORTS, 42, () -> heardAt.add(System.nanoTime()));
        awaitSubscribed();

        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            a.signals.signal(LiveTopic.IDEA_SUPPORTS, 42);
            if (i % 100 == 0) {
                Thread.sleep(50);
            }
        }
        long lastSignal = System.nanoTime();
        await(() -> !heardAt.isEmpty() && heardAt.getLast() > lastSignal);
        Thread.sleep(600);

        double seconds = (lastSignal - start) / 1e9 + 0.6;
        // 2,000 changes: a page refreshes at most about four times a second, and never misses the last change.
        assertThat(heardAt.size()).isLessThanOrEqualTo((int) Math.ceil(seconds * 4) + 2);
        assertThat(heardAt.getLast()).isGreaterThan(lastSignal);
    }

    @Test
    void a_reader_on_one_instance_is_seen_on_the_other_and_their_leaving_too() {
        AtomicInteger changes = new AtomicInteger();
        b.signals.listen(LiveTopic.DRAFT_PRESENCE, 5, changes::incrementAndGet);
        awaitSubscribed();

        Registration alice = a.presence.enter(LiveTopic.DRAFT_PRESENCE, 5, "Alice");
        b.presence.enter(LiveTopic.DRAFT_PRESENCE, 5, "Bruno");

        await(() -> changes.get() >= 1);
        assertThat(b.presence.present(LiveTopic.DRAFT_PRESENCE, 5)).containsExactly("Alice", "Bruno");
        assertThat(a.presence.present(LiveTopic.DRAFT_PRESENCE, 6)).isEmpty();

        int before = changes.get();
        alice.remove();
        await(() -> changes.get() > before);
        assertThat(b.presence.present(LiveTopic.DRAFT_PRESENCE, 5)).containsExactly("Bruno");
    }

    /** Subscribing to a Redis channel takes a moment; a signal sent before it would be missed by design. */
    private void awaitSubscribed() {
        AtomicInteger probe = new AtomicInteger();
        b.signals.listen(LiveTopic.RESIDENT_UNREAD, -1, probe::incrementAndGet);
        await(() -> {
            a.signals.signal(LiveTopic.RESIDENT_UNREAD, -1);
            return probe.get() > 0;
        });
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not seen within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                throw new AssertionError(interrupted);
            }
        }
    }

    private final class Instance {

        final LiveSignals signals;
        final RedisPresenceBoard presence;

        Instance() {
            LettuceConnectionFactory connections = new LettuceConnectionFactory("127.0.0.1", 6379);
            connections.afterPropertiesSet();
            connections.start();
            StringRedisTemplate redis = new StringRedisTemplate(connections);
            RedisLiveRelay relay = new RedisLiveRelay(redis, connections, settings);
            signals = new LiveSignals(relay, settings);
            presence = new RedisPresenceBoard(redis, signals, settings);
            opened.add(connections::destroy);
            opened.add(relay::stop);
            opened.add(signals::stop);
        }
    }
}
