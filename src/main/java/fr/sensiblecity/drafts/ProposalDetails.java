package fr.sensiblecity.drafts;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's proposal as the panel reads it: its authors' names (several once merged), its supports and whether
 * the reader is an author ({@code mineAlone}: its only author, who may withdraw or reword it) or a supporter; once decided, the recommendation it became (its position on the results
 * page), the proposal it was merged into, or the facilitator's reason for declining it. {@code inPendingMerge} says
 * that a merge waits for its authors, so nobody decides it meanwhile.
 */
public record ProposalDetails(long id, long draftId, String title, String body, ProposalState state,
        List<String> authorNames, int supportCount, boolean mine, boolean mineAlone, boolean supportedByMe, boolean inPendingMerge,
        @Nullable String declineReason, @Nullable Integer recommendationPosition, @Nullable String mergedIntoTitle,
        Instant createdAt) {
}
