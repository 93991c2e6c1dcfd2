package fr.sensiblecity.drafts;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One of the panel's final recommendations. Its text is fixed once the vote opens; its tally is written once, when
 * the vote closes; the authority answers it only after that.
 */
@Entity
class Recommendation extends StoredEntity {

    private long draftId;
    private int position;
    private String body = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RecommendationState state = RecommendationState.PROPOSED;

    @Embedded
    private @Nullable Tally tally;

    private @Nullable Boolean adopted;
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable Answer answer;

    private @Nullable String answerReasons;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable Implementation implementation;

    private @Nullable Instant answeredAt;

    protected Recommendation() {
    }

    Recommendation(long draftId, int position, String body) {
        this.draftId = draftId;
        this.position = position;
        this.body = body;
    }

    void openVote() {
        if (state != RecommendationState.PROPOSED) {
            throw new DomainException("drafts.error.recommendationNotProposed");
        }
        this.state = RecommendationState.VOTING;
    }

    void requireVoting() {
        if (state != RecommendationState.VOTING) {
            throw new DomainException("drafts.error.voteClosed");
        }
    }

    void close(Tally tally, boolean adopted, Instant now) {
        requireVoting();
        this.tally = tally;
        this.adopted = adopted;
        this.state = RecommendationState.CLOSED;
        this.closedAt = now;
    }

    void answer(Answer given, String reasons, Implementation status, Instant now) {
        if (state != RecommendationState.CLOSED) {
            throw new DomainException("drafts.error.notYetVoted");
        }
        this.answer = given;
        this.answerReasons = reasons;
        this.implementation = status;
        this.answeredAt = now;
    }

    long draftId() {
        return draftId;
    }

    int position() {
        return position;
    }

    String body() {
        return body;
    }

    RecommendationState state() {
        return state;
    }

    @Nullable Tally tally() {
        return tally;
    }

    @Nullable Boolean adopted() {
        return adopted;
    }

    @Nullable Answer answer() {
        return answer;
    }

    @Nullable String answerReasons() {
        return answerReasons;
    }

    @Nullable Implementation implementation() {
        return implementation;
    }

    @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
