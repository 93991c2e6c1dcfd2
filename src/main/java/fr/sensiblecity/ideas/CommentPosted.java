package fr.sensiblecity.ideas;

/** A comment or reply was published on an idea; pages showing the idea add it live, followers may be told. */
public record CommentPosted(long ideaId, long commentId, long authorId) {
}
