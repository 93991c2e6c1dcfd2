package fr.sensiblecity.drafts;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A policy draft and its phase. The vote rules are copied from the settings when it opens. The ballot chain's
 * head is written only by {@link BallotBox}, in SQL under the draft's row lock, when a vote closes.
 */
@Entity
class Draft extends StoredEntity {

    private String title = "";
    private String question = "";
    private String authority = "";
    private @Nullable Long panelId;
    private @Nullable Long facilitatorId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DraftPhase phase = DraftPhase.WRITING;

    private int amendmentPercent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private VoteBase amendmentBase = VoteBase.CAST;

    private boolean amendmentStrict;

    @Column(name = "recommend_percent")
    private int recommendationPercent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "recommend_base")
    private VoteBase recommendationBase = VoteBase.CAST;

    @Column(updatable = false)
    private String ballotSalt = "";

    @Column(insertable = false, updatable = false)
    private long chainSeq;

    @Column(insertable = false, updatable = false)
    private String chainHead = "";

    private Instant createdAt = Instant.EPOCH;

    protected Draft() {
    }

    Draft(DraftForm form, @Nullable Long facilitatorId, VoteRule amendments, VoteRule recommendations, String salt,
            Instant now) {
        this.title = form.title();
        this.question = form.question();
        this.authority = form.authority();
        this.panelId = form.panelId();
        this.facilitatorId = facilitatorId;
        this.amendmentPercent = amendments.percent();
        this.amendmentBase = amendments.base();
        this.amendmentStrict = amendments.strict();
        this.recommendationPercent = recommendations.percent();
        this.recommendationBase = recommendations.base();
        this.ballotSalt = salt;
        this.createdAt = now;
    }

    /** Phases only move forward, one at a time: the panel must have seen the consultation before deliberating. */
    void moveTo(DraftPhase next) {
        if (next.ordinal() != phase.ordinal() + 1) {
            throw new DomainException("drafts.error.phaseOrder");
        }
        this.phase = next;
    }

    void requireAmendable() {
        if (!phase.amendable()) {
            throw new DomainException("drafts.error.notAmendable");
        }
    }

    String title() {
        return title;
    }

    String question() {
        return question;
    }

    String authority() {
        return authority;
    }

    @Nullable Long panelId() {
        return panelId;
    }

    @Nullable Long facilitatorId() {
        return facilitatorId;
    }

    DraftPhase phase() {
        return phase;
    }

    VoteRule amendmentRule() {
        return new VoteRule(amendmentPercent, amendmentBase, amendmentStrict);
    }

    VoteRule recommendationRule() {
        return new VoteRule(recommendationPercent, recommendationBase, false);
    }

    String ballotSalt() {
        return ballotSalt;
    }

    String chainHead() {
        return chainHead;
    }

    Instant createdAt() {
        return createdAt;
    }
}
