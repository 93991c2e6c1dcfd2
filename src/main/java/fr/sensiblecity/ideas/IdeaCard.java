package fr.sensiblecity.ideas;

import java.time.Instant;

/** An idea as a list shows it: enough to choose, nothing personal. */
public record IdeaCard(long id, String title, String excerpt, IdeaState state, long themeId, long territoryId,
        int supportCount, int commentCount, Instant createdAt) {
}
