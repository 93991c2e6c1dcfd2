package fr.sensiblecity.base.live;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.ClusterSettings;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces committed changes to the pages that show them, on this instance and on every other one. A page listens
 * to the one thing it shows ({@link #listen}); a listener runs at most once per window for a burst of changes, and
 * once more after the last of them, off the thread that made the change.
 */
@Component
public class LiveSignals {

    private final Map<Signal, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-signals").daemon().factory());
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final Coalescer<Signal> outgoing;
    private final Coalescer<Signal> incoming;
    private final LiveRelay relay;

    LiveSignals(LiveRelay relay, ClusterSettings settings) {
        this.relay = relay;
        // Out: a burst on this instance becomes a few messages. In: whatever arrives, from here or elsewhere,
        // becomes a few refreshes of each page.
        this.outgoing = new Coalescer<>(settings.liveWindow().dividedBy(2), timer, relay::send);
        this.incoming = new Coalescer<>(settings.liveWindow(), timer, this::deliver);
        relay.start(this::heard);
    }

    /**
     * Tells every page showing {@code key} that it changed: after the current transaction commits if there is one
     * (so that nobody re-reads what might still be rolled back), at once otherwise.
     */
    public void signal(LiveTopic topic, long key) {
        Signal signal = new Signal(topic, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(signal);
                }
            });
        } else {
            send(signal);
        }
    }

    /** Runs {@code onChange} after changes to {@code key}, until the registration is removed. */
    public Registration listen(LiveTopic topic, long key, Runnable onChange) {
        Signal signal = new Signal(topic, key);
        listeners.computeIfAbsent(signal, any -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> listeners.computeIfPresent(signal, (any, those) -> {
            those.remove(onChange);
            return those.isEmpty() ? null : those;
        });
    }

    /** Runs this instance's listeners of {@code key} now (coalesced), without telling other instances. */
    void local(LiveTopic topic, long key) {
        heard(new Signal(topic, key));
    }

    private void send(Signal signal) {
        heard(signal);
        outgoing.offer(signal);
    }

    private void heard(Signal signal) {
        // Most signals concern things nobody here is looking at: they stop at this lookup.
        if (listeners.containsKey(signal)) {
            incoming.offer(signal);
        }
    }

    private void deliver(Signal signal) {
        for (Runnable listener : listeners.getOrDefault(signal, Set.of())) {
            delivery.execute(listener);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        delivery.close();
    }
}
