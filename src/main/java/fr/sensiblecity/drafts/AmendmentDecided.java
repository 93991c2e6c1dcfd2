package fr.sensiblecity.drafts;

import org.jspecify.annotations.Nullable;

/** A vote on an amendment closed; its author (if still a resident) hears the outcome. */
public record AmendmentDecided(long draftId, long amendmentId, @Nullable Long authorId, boolean accepted,
        String sectionTitle) {
}
