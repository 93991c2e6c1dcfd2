package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotShownToPeople;
import java.util.Set;

/**
 * The facilitator decided on members' proposals: one was put to the vote (every participant hears that a vote
 * opened), declined, or merged (its authors and supporters hear it); or its author withdrew one (its supporters hear
 * it). {@code title} is the proposal's, or the merged text's.
 */
public record RecommendationProposalDecided(long draftId, long proposalId, String title, Outcome outcome,
        Set<Long> told) {

    @NotShownToPeople("says which notice to write; the notice's kind is what people read")
    public enum Outcome {
        PUT_TO_VOTE,
        DECLINED,
        MERGED,
        WITHDRAWN
    }
}
