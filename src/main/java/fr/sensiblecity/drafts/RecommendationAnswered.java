package fr.sensiblecity.drafts;

import java.util.Set;

/** The authority answered a recommendation; the participants who voted it hear about it. */
public record RecommendationAnswered(long draftId, long recommendationId, String draftTitle, Set<Long> participants) {
}
