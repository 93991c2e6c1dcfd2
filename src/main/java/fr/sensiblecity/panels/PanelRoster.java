package fr.sensiblecity.panels;

import java.util.Optional;
import java.util.Set;

/**
 * What other modules (drafts and recommendations, notifications, open data) may know about panels: the
 * panel's question and phase, and who sits on it. Members are residents who accepted their seat.
 */
public interface PanelRoster {

    Optional<PanelSummary> findPanel(long panelId);

    /** True when the resident accepted a seat on the panel and still holds it. */
    boolean isMember(long panelId, long residentId);

    /** The residents who hold a seat, in no particular order. */
    Set<Long> membersOf(long panelId);

    /**
     * Moves the panel to its next phase, when {@code to} follows its current one; used by the drafting module
     * for {@code DELIBERATING} onwards. Checked against the caller's rights like every other panel action.
     */
    void advance(long panelId, PanelPhase to);

    /** Seats accepted on the territory's panels (every panel's, for null), members who left the platform included. */
    long memberCount(@org.jspecify.annotations.Nullable Long territoryId);

    record PanelSummary(long id, String question, String authority, long territoryId, PanelPhase phase,
            int size) {}
}
