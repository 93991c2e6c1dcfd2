package fr.sensiblecity.drafts;

import java.util.Set;

/** The facilitator proposes to merge members' proposals; their authors are asked to agree. */
public record RecommendationMergeProposed(long draftId, long mergeId, String title, Set<Long> authors) {
}
