package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An idea and its lifecycle. Counters and the support chain are written only by {@link SupportLedger} in SQL,
 * under the idea's row lock, so this entity reads them but never writes them back.
 */
@Entity
class Idea {

    private static final Set<IdeaState> ANSWERABLE = EnumSet.of(IdeaState.PUBLISHED, IdeaState.MATURE, IdeaState.UNDER_REVIEW);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long territoryId;
    private @Nullable Long districtId;
    private long themeId;
    private @Nullable Long authorId;
    private String title = "";
    private String description = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private IdeaState state = IdeaState.PUBLISHED;

    private boolean listed = true;

    @Column(insertable = false, updatable = false)
    private int supportCount;

    @Column(insertable = false, updatable = false)
    private int commentCount;

    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant maturedAt;
    private @Nullable Instant answeredAt;
    private @Nullable String publicAnswer;
    private @Nullable Long mergedIntoId;
    private @Nullable String hiddenReason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable IdeaState stateBeforeHiding;

    protected Idea() {
    }

    Idea(IdeaForm valid, long authorId, Instant now) {
        this.authorId = authorId;
        this.createdAt = now;
        write(valid);
    }

    /** The author may reword the idea until someone supports it: supporters backed the words they read. */
    void edit(IdeaForm valid) {
        if (state != IdeaState.PUBLISHED || supportCount > 0) {
            throw new DomainException("idea.error.notEditable");
        }
        write(valid);
    }

    void withdraw() {
        if (state != IdeaState.PUBLISHED && state != IdeaState.MATURE) {
            throw new DomainException("idea.error.notWithdrawable");
        }
        moveTo(IdeaState.WITHDRAWN);
    }

    void startReview() {
        if (state != IdeaState.MATURE) {
            throw new DomainException("idea.error.notMature");
        }
        moveTo(IdeaState.UNDER_REVIEW);
    }

    void reject(String answer, Instant now) {
        requireAnswerable();
        this.publicAnswer = answer;
        this.answeredAt = now;
        moveTo(IdeaState.REJECTED);
    }

    /** A mature idea (or one under review) becomes part of an experimental project; the answer says which. */
    void accept(String answer, Instant now) {
        if (state != IdeaState.MATURE && state != IdeaState.UNDER_REVIEW) {
            throw new DomainException("idea.error.notMatureForProject");
        }
        this.publicAnswer = answer;
        this.answeredAt = now;
        moveTo(IdeaState.ACCEPTED);
    }

    void mergeInto(long targetId, String answer, Instant now) {
        requireAnswerable();
        if (id != null && id == targetId) {
            throw new DomainException("idea.error.mergeIntoItself");
        }
        this.mergedIntoId = targetId;
        this.publicAnswer = answer;
        this.answeredAt = now;
        moveTo(IdeaState.MERGED);
    }

    void hide(String reason) {
        if (state == IdeaState.HIDDEN) {
            throw new DomainException("moderation.error.alreadyHidden");
        }
        this.stateBeforeHiding = state;
        this.hiddenReason = reason;
        moveTo(IdeaState.HIDDEN);
    }

    void restore() {
        if (state != IdeaState.HIDDEN || stateBeforeHiding == null) {
            throw new DomainException("moderation.error.notHidden");
        }
        IdeaState previous = stateBeforeHiding;
        this.stateBeforeHiding = null;
        this.hiddenReason = null;
        moveTo(previous);
    }

    private void requireAnswerable() {
        if (!ANSWERABLE.contains(state)) {
            throw new DomainException("idea.error.notAnswerable");
        }
    }

    private void moveTo(IdeaState next) {
        this.state = next;
        this.listed = next.listed();
    }

    private void write(IdeaForm valid) {
        this.title = valid.title();
        this.description = valid.description();
        this.themeId = valid.themeId();
        this.territoryId = valid.territoryId();
        this.districtId = valid.districtId();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Idea not saved yet");
        }
        return id;
    }

    @Nullable
    Long authorId() {
        return authorId;
    }

    IdeaState state() {
        return state;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    IdeaDetails details(@Nullable String authorName) {
        return new IdeaDetails(id(), title, description, state, themeId, territoryId, districtId, authorId, authorName,
                supportCount, commentCount, createdAt, maturedAt, publicAnswer, mergedIntoId, hiddenReason);
    }
}
