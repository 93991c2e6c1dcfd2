package fr.sensiblecity.ideas;

import org.jspecify.annotations.Nullable;

/**
 * A moderator answered an idea: rejected it with a public answer, or merged it into another idea
 * ({@code mergedIntoId}). Its author and followers are told.
 */
public record IdeaAnswered(long ideaId, IdeaState state, @Nullable Long authorId, @Nullable Long mergedIntoId) {
}
