package fr.sensiblecity.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An amendment as a participant sees it, with the text it was written against and the section's current text. The tally is there only once the vote closed; while it runs, only the
 * turnout and whether the reader voted are (how they voted is nowhere to read: see {@link BallotBox}).
 */
public record AmendmentDetails(long id, long draftId, long sectionId, String sectionTitle, @Nullable Long authorId,
        @Nullable String authorName, int baseVersion, int currentVersion, String baseText, String currentText, String body, String rationale,
        AmendmentState state, int supportCount, int commentCount, int turnout, @Nullable Tally tally, Instant createdAt,
        boolean supportedByMe, boolean votedByMe) {

    public boolean stale() {
        return !state.decided() && baseVersion != currentVersion;
    }
}
