package fr.sensiblecity.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Presence for one instance, in memory and forgotten on restart. */
@Component
@ConditionalOnProperty(name = "sensible.cluster.broker", havingValue = "none", matchIfMissing = true)
class InstancePresenceBoard implements PresenceBoard {

    private final Map<Signal, Map<Object, String>> pages = new ConcurrentHashMap<>();
    private final LiveSignals signals;

    InstancePresenceBoard(LiveSignals signals) {
        this.signals = signals;
    }

    @Override
    public Registration enter(LiveTopic place, long key, String name) {
        Signal where = new Signal(place, key);
        Object page = new Object();
        pages.computeIfAbsent(where, any -> new ConcurrentHashMap<>()).put(page, name);
        signals.signal(place, key);
        return () -> {
            pages.computeIfPresent(where, (any, open) -> {
                open.remove(page);
                return open.isEmpty() ? null : open;
            });
            signals.signal(place, key);
        };
    }

    @Override
    public List<String> present(LiveTopic place, long key) {
        return pages.getOrDefault(new Signal(place, key), Map.of()).values().stream().distinct().sorted().toList();
    }
}
