package fr.sensiblecity.ideas;

import org.jspecify.annotations.Nullable;

/** Someone replied to a comment; the comment's author is told (unless they replied to themselves). */
public record CommentReplied(long ideaId, long replyId, @Nullable Long parentAuthorId, long replyAuthorId) {
}
