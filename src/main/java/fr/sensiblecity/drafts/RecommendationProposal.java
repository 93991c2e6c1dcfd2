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
 * A recommendation a panel member proposes. It is decided once: put to the vote, merged, or declined (or its author
 * withdraws it); until then members support it, and its author may reword it while nobody supports it yet. Its authors and supports live in their own tables (see {@link ProposalService}); the support
 * count is kept by SQL under the proposal's row lock, so the entity never writes it.
 */
@Entity
class RecommendationProposal extends StoredEntity {

    static final int TITLE_MAX = 150;
    static final int TEXT_MAX = 2800;

    private long draftId;
    private String title = "";
    private String body = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ProposalState state = ProposalState.OPEN;

    @Column(insertable = false, updatable = false)
    private int supportCount;

    private @Nullable String declineReason;
    private @Nullable Long recommendationId;
    private @Nullable Long mergedInto;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant decidedAt;

    protected RecommendationProposal() {
    }

    RecommendationProposal(long draftId, String title, String body, Instant now) {
        this.draftId = draftId;
        this.title = title;
        this.body = body;
        this.createdAt = now;
    }

    void requireOpen() {
        if (state != ProposalState.OPEN) {
            throw new DomainException("drafts.error.proposalDecided");
        }
    }

    void putToVote(long recommendation, Instant now) {
        requireOpen();
        this.state = ProposalState.VOTED;
        this.recommendationId = recommendation;
        this.decidedAt = now;
    }

    void decline(String reason, Instant now) {
        requireOpen();
        this.state = ProposalState.DECLINED;
        this.declineReason = reason;
        this.decidedAt = now;
    }

    void mergeInto(long proposal, Instant now) {
        requireOpen();
        this.state = ProposalState.MERGED;
        this.mergedInto = proposal;
        this.decidedAt = now;
    }

    void withdraw(Instant now) {
        requireOpen();
        this.state = ProposalState.WITHDRAWN;
        this.decidedAt = now;
    }

    /** The caller checked that nobody supports it: a support is given to the words it read. */
    void reword(String title, String body) {
        requireOpen();
        this.title = title;
        this.body = body;
    }

    /** What the recommendation put to the vote reads: the title, then the text. */
    String recommendationText() {
        return title + "\n\n" + body;
    }

    long draftId() {
        return draftId;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    ProposalState state() {
        return state;
    }

    int supportCount() {
        return supportCount;
    }

    @Nullable String declineReason() {
        return declineReason;
    }

    @Nullable Long recommendationId() {
        return recommendationId;
    }

    @Nullable Long mergedInto() {
        return mergedInto;
    }

    Instant createdAt() {
        return createdAt;
    }
}
