package fr.sensiblecity.ideas;

import org.jspecify.annotations.Nullable;

/** An idea reached its maturity threshold: it enters the moderators' review queue; author and followers are told. */
public record IdeaMatured(long ideaId, @Nullable Long authorId) {
}
