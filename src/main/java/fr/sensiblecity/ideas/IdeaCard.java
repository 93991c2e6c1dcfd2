package fr.sensiblecity.ideas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An idea as a list shows it: enough to choose, nothing personal. The excerpt is the description's raw start. */
public record IdeaCard(long id, String title, String excerpt, IdeaState state, long themeId, long territoryId,
        @Nullable Long districtId, int supportCount, int commentCount, Instant createdAt) {
}
