package fr.sensiblecity.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation with, once its vote closed, the tally and whether it is adopted (and so binding), and the
 * authority's answer. While the vote runs only the turnout and whether the reader voted show; how they voted
 * is nowhere to read (see {@link BallotBox}), except by its receipt.
 */
public record RecommendationDetails(long id, long draftId, int position, String body, RecommendationState state,
        int turnout, @Nullable Tally tally, @Nullable Boolean adopted, @Nullable Answer answer,
        @Nullable String answerReasons, @Nullable Implementation implementation, @Nullable Instant answeredAt,
        boolean votedByMe) {
}
