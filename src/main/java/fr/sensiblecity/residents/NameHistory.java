package fr.sensiblecity.residents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names residents used over time, so that a contribution shows the name its author had when writing it: a
 * later rename does not re-attribute it. Erased residents are absent.
 */
public record NameHistory(Map<Long, List<NameChange>> changes) {

    public NameHistory {
        changes = Map.copyOf(changes);
    }

    public Optional<String> nameAt(long residentId, Instant at) {
        List<NameChange> names = changes.getOrDefault(residentId, List.of());
        String found = names.isEmpty() ? null : names.getFirst().displayName();
        for (NameChange change : names) {
            if (!change.usedFrom().isAfter(at)) {
                found = change.displayName();
            }
        }
        return Optional.ofNullable(found);
    }
}
