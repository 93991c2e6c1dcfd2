package fr.sensiblecity.ideas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment as shown on an idea's page; a null author name means a former resident. */
public record CommentView(long id, long ideaId, @Nullable Long parentId, @Nullable Long authorId,
        @Nullable String authorName, String body, Instant createdAt, boolean hidden, @Nullable String hiddenReason) {
}
