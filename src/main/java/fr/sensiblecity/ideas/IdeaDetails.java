package fr.sensiblecity.ideas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Everything an idea's page shows. The author's name is empty for a former resident. */
public record IdeaDetails(long id, String title, String description, IdeaState state, long themeId, long territoryId,
        @Nullable Long districtId, @Nullable Long authorId, @Nullable String authorName, int supportCount,
        int commentCount, Instant createdAt, @Nullable Instant maturedAt, @Nullable String publicAnswer,
        @Nullable Long mergedIntoId, @Nullable String hiddenReason) {
}
