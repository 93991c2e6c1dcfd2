package fr.sensiblecity.thresholds;

import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The values in force, for every module. Reads the whole (small) table at most once per
 * {@code sensible.thresholds.cache-for}; a change empties the cache at once on this instance and, through a live
 * signal, on every other one, so the cache only bounds how long a lost signal can leave an instance behind.
 */
@Component
public class Thresholds {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ThresholdSettings settings;
    private final ObjectProvider<ThresholdCatalog> catalogs;
    private final LiveSignals signals;
    private volatile @Nullable Map<String, Threshold> definitions;
    private volatile @Nullable Snapshot snapshot;

    Thresholds(JdbcTemplate jdbc, Clock clock, ThresholdSettings settings, ObjectProvider<ThresholdCatalog> catalogs,
            LiveSignals signals) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.catalogs = catalogs;
        this.signals = signals;
        // The registration lives as long as the application: nothing to remove.
        signals.listen(LiveTopic.THRESHOLDS, 0, this::forget);
    }

    public int integer(String key) {
        return Integer.parseInt(value(key));
    }

    public BigDecimal decimal(String key) {
        return new BigDecimal(value(key));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(value(key));
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        return Enum.valueOf(type, value(key));
    }

    /** The stored value, or the default when none is stored or the stored one no longer fits the threshold. */
    public String value(String key) {
        Threshold threshold = definition(key);
        String stored = stored().get(key);
        return stored != null ? stored : threshold.defaultValue();
    }

    /** Every threshold, in the page's order. */
    public List<Threshold> all() {
        return List.copyOf(definitions().values());
    }

    Threshold definition(String key) {
        Threshold threshold = definitions().get(key);
        if (threshold == null) {
            throw new IllegalArgumentException("No threshold " + key);
        }
        return threshold;
    }

    Map<String, String> stored() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.readAt().plus(settings.cacheFor())) || now.isBefore(current.readAt())) {
            Map<String, String> values = new LinkedHashMap<>();
            jdbc.query("select name, value_text from threshold_value", row -> {
                String key = row.getString(1);
                Threshold threshold = definitions().get(key);
                if (threshold != null) {
                    values.put(key, usable(threshold, row.getString(2)));
                }
            });
            current = new Snapshot(Map.copyOf(values), now);
            snapshot = current;
        }
        return current.values();
    }

    /** A stored value that a later release's bounds refuse falls back to the default rather than breaking pages. */
    private static String usable(Threshold threshold, String stored) {
        try {
            return threshold.normalized(stored);
        } catch (ThresholdRefused outOfBounds) {
            return threshold.defaultValue();
        }
    }

    /** Within a change's transaction: once it commits, every instance forgets what it read. */
    void announce() {
        signals.signal(LiveTopic.THRESHOLDS, 0);
    }

    void forget() {
        snapshot = null;
    }

    private Map<String, Threshold> definitions() {
        Map<String, Threshold> known = definitions;
        if (known == null) {
            known = new LinkedHashMap<>();
            for (ThresholdCatalog catalog : catalogs.orderedStream().toList()) {
                for (Threshold threshold : catalog.thresholds()) {
                    if (known.put(threshold.key(), threshold) != null) {
                        throw new IllegalStateException("Threshold " + threshold.key() + " declared twice");
                    }
                }
            }
            definitions = known;
        }
        return known;
    }

    private record Snapshot(Map<String, String> values, Instant readAt) {
    }
}
