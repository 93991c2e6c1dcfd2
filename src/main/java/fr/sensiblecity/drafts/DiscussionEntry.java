package fr.sensiblecity.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment on an amendment or, in the consultation, on a section; the author's name is null once they erased
 * their account, and the organisation is whom they wrote for, if anyone. A hidden comment carries its public reason
 * and, for moderators only, its text (empty for everyone else); mine is true for the signed-in reader's own comment.
 */
public record DiscussionEntry(long id, long subjectId, @Nullable String authorName, @Nullable String organisation,
        String body, Instant createdAt, boolean hidden, @Nullable String hiddenReason, boolean mine) {
}
