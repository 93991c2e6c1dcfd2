package fr.sensiblecity.panels.sortition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What it takes for a panel of {@code panelSize} to exist: nothing, or the smallest set of quota changes (fewest
 * places in all) found by {@link Sortition#relaxation}. No quota change helps when the pool itself is smaller
 * than the panel.
 */
public record Relaxation(int panelSize, int poolSize, List<QuotaChange> changes) {

    public Relaxation {
        changes = List.copyOf(changes);
    }

    public boolean isNeeded() {
        return poolSize < panelSize || !changes.isEmpty();
    }

    /** The total number of places the quotas widen by. */
    public int amount() {
        return changes.stream().mapToInt(QuotaChange::amount).sum();
    }

    /** The pool's quotas with the suggested changes applied. */
    public List<Quota> applyTo(List<Quota> quotas) {
        return quotas.stream().map(quota -> changes.stream().filter(change -> change.quota().equals(quota))
                .findFirst().map(QuotaChange::relaxed).orElse(quota)).toList();
    }

    /** One sentence that names the quotas to relax and by how much. */
    public String message() {
        if (poolSize < panelSize) {
            return "The pool has only " + poolSize + " respondents for a panel of " + panelSize;
        }
        if (changes.isEmpty()) {
            return "The quotas can be met by a panel of " + panelSize;
        }
        return "No panel of " + panelSize + " meets every quota; the smallest relaxation (" + amount()
                + (amount() == 1 ? " place" : " places") + ") is: "
                + changes.stream().map(QuotaChange::toString).collect(Collectors.joining("; "));
    }
}
