package fr.sensiblecity.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the drafts list. */
public record DraftSummary(long id, String title, @Nullable Long panelId, DraftPhase phase, Instant createdAt) {
}
