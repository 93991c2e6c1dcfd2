package fr.sensiblecity.panels;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The check of one round, recomputed from its published data alone.
 *
 * @param hashMatches          the published ticket list has the published SHA-256
 * @param probabilitiesMatch   the published probabilities are those the ticket list gives
 * @param selectionMatches     the seed picks, from that list, exactly the people recorded as drawn (null until drawn)
 */
public record DrawCheck(int round, boolean hashMatches, boolean probabilitiesMatch, @Nullable Boolean selectionMatches,
        @Nullable Integer ticketIndex, List<String> recomputedSelection) {

    public boolean allMatch() {
        return hashMatches && probabilitiesMatch && !Boolean.FALSE.equals(selectionMatches);
    }
}
