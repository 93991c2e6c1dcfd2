package fr.sensiblecity.drafts;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A proposed new text for a section, written against one of its versions. When the section has moved on since,
 * the amendment is stale: its author must re-base it on the current version before it can be put to the vote,
 * so that nobody votes a text that would silently undo a change the participants already accepted.
 */
@Entity
class Amendment extends StoredEntity {

    private long draftId;
    private long sectionId;
    private @Nullable Long authorId;
    private int baseVersion;
    private String body = "";
    private String rationale = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AmendmentState state = AmendmentState.OPEN;

    @Column(insertable = false, updatable = false)
    private int supportCount;

    @Column(insertable = false, updatable = false)
    private int commentCount;

    @Embedded
    private @Nullable Tally tally;

    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant decidedAt;

    protected Amendment() {
    }

    Amendment(Section section, int baseVersion, long authorId, String body, String rationale, Instant now) {
        this.draftId = section.draftId();
        this.sectionId = section.id();
        this.authorId = authorId;
        this.baseVersion = baseVersion;
        this.body = body;
        this.rationale = rationale;
        this.createdAt = now;
    }

    boolean staleAgainst(Section section) {
        return !state.decided() && baseVersion != section.currentVersion();
    }

    void rebase(Section section, String newBody, String newRationale) {
        if (state != AmendmentState.OPEN) {
            throw new DomainException("drafts.error.amendmentNotOpen");
        }
        this.baseVersion = section.currentVersion();
        this.body = newBody;
        this.rationale = newRationale;
    }

    void openVote(Section section) {
        if (state != AmendmentState.OPEN) {
            throw new DomainException("drafts.error.amendmentNotOpen");
        }
        if (staleAgainst(section)) {
            throw new DomainException("drafts.error.stale");
        }
        this.state = AmendmentState.VOTING;
    }

    void requireVoting() {
        if (state != AmendmentState.VOTING) {
            throw new DomainException("drafts.error.voteClosed");
        }
    }

    void close(Tally tally, boolean accepted, Instant now) {
        requireVoting();
        this.tally = tally;
        this.state = accepted ? AmendmentState.ACCEPTED : AmendmentState.REJECTED;
        this.decidedAt = now;
    }

    void withdraw(Instant now) {
        if (state != AmendmentState.OPEN) {
            throw new DomainException("drafts.error.amendmentNotOpen");
        }
        this.state = AmendmentState.WITHDRAWN;
        this.decidedAt = now;
    }

    long draftId() {
        return draftId;
    }

    long sectionId() {
        return sectionId;
    }

    @Nullable Long authorId() {
        return authorId;
    }

    int baseVersion() {
        return baseVersion;
    }

    String body() {
        return body;
    }

    String rationale() {
        return rationale;
    }

    AmendmentState state() {
        return state;
    }

    int supportCount() {
        return supportCount;
    }

    int commentCount() {
        return commentCount;
    }

    @Nullable Tally tally() {
        return tally;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant decidedAt() {
        return decidedAt;
    }
}
