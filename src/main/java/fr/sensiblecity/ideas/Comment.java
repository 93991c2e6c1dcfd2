package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.HiddenMarks;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on an idea, or a reply to one (replies are never nested deeper). */
@Entity
@Table(name = "idea_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ideaId;
    private @Nullable Long parentId;
    private @Nullable Long authorId;
    private String body = "";
    private Instant createdAt = Instant.EPOCH;
    private boolean hidden;
    private @Nullable String hiddenReason;

    protected Comment() {
    }

    Comment(long ideaId, @Nullable Long parentId, long authorId, String body, Instant createdAt) {
        this.ideaId = ideaId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    void hide(String reason) {
        // A comment held for its links may be refused: the moderator's reason replaces the mark.
        if (hidden && !HiddenMarks.awaitingModeration(hiddenReason)) {
            throw new DomainException("moderation.error.alreadyHidden");
        }
        this.hidden = true;
        this.hiddenReason = reason;
    }

    void restore() {
        if (!hidden) {
            throw new DomainException("moderation.error.notHidden");
        }
        this.hidden = false;
        this.hiddenReason = null;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Comment not saved yet");
        }
        return id;
    }

    long ideaId() {
        return ideaId;
    }

    @Nullable
    Long parentId() {
        return parentId;
    }

    @Nullable
    Long authorId() {
        return authorId;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean hidden() {
        return hidden;
    }

    @Nullable
    String hiddenReason() {
        return hiddenReason;
    }

    /** The comment as readers see it: a hidden comment keeps only its public reason. */
    CommentView view(@Nullable String authorName, boolean showHiddenText) {
        boolean masked = hidden && !showHiddenText;
        return new CommentView(id(), ideaId, parentId, masked ? null : authorId, masked ? null : authorName,
                masked ? "" : body, createdAt, hidden, hiddenReason);
    }
}
