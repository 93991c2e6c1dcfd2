package fr.sensiblecity.drafts;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final recommendations: written by the facilitator from the deliberation, voted by secret ballot (for,
 * against, abstain), adopted and binding at the draft's threshold, then answered in public by the authority.
 * Casting and closing both take the recommendation's row lock, so no ballot lands after the count.
 */
@Service
public class RecommendationService {

    static final int TEXT_MAX = 3000;

    private final RecommendationRepository recommendations;
    private final DraftRepository drafts;
    private final Participants participants;
    private final BallotBox ballots;
    private final BallotAudit recount;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    RecommendationService(RecommendationRepository recommendations, DraftRepository drafts, Participants participants,
            BallotBox ballots, BallotAudit recount, CurrentResident current, ApplicationEventPublisher events,
            AuditTrail audit, Clock clock) {
        this.recommendations = recommendations;
        this.drafts = drafts;
        this.participants = participants;
        this.ballots = ballots;
        this.recount = recount;
        this.current = current;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public long addRecommendation(long draftId, String text) {
        requireDeliberating(draft(draftId));
        String body = Texts.required(text, 10, TEXT_MAX, "drafts.error.recommendation");
        int position = recommendations.findByDraftIdOrderByPosition(draftId).size() + 1;
        long id = recommendations.save(new Recommendation(draftId, position, body)).id();
        audit.append(current.id().orElse(null), "RECOMMENDATION_ADDED", "RECOMMENDATION", id,
                AuditDetails.of().count(draftId));
        activity(draftId, id);
        return id;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public void openRecommendationVote(long recommendationId) {
        Recommendation recommendation = locked(recommendationId);
        requireDeliberating(draft(recommendation.draftId()));
        recommendation.openVote();
        audit.append(current.id().orElse(null), "RECOMMENDATION_VOTE_OPENED", "RECOMMENDATION", recommendationId,
                AuditDetails.of().count(recommendation.draftId()));
        activity(recommendation.draftId(), recommendationId);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInRecommendation(authentication, #recommendationId)")
    public String voteRecommendation(long recommendationId, Choice choice) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Recommendation recommendation = locked(recommendationId);
        recommendation.requireVoting();
        String receipt = ballots.cast(recommendation.draftId(), BallotBox.Subject.R, recommendationId, me, choice)
                .orElseThrow(() -> new DomainException("drafts.error.alreadyVoted"));
        activity(recommendation.draftId(), recommendationId);
        return BallotBox.display(receipt);
    }

    /** Counts the ballots and fixes the result; returns whether the recommendation is adopted. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public boolean closeRecommendationVote(long recommendationId) {
        Recommendation recommendation = locked(recommendationId);
        Draft draft = draft(recommendation.draftId());
        Tally tally = ballots.count(BallotBox.Subject.R, recommendationId, participants.of(draft.id()).size());
        boolean adopted = draft.recommendationRule().passes(tally);
        recommendation.close(tally, adopted, clock.instant());
        ballots.seal(draft.id(), BallotBox.Subject.R, recommendationId);
        audit.append(current.id().orElse(null), "RECOMMENDATION_VOTE_CLOSED", "RECOMMENDATION", recommendationId,
                AmendmentService.counts(AuditDetails.of().label(adopted ? "audit.value.adopted" : "audit.value.notAdopted"),
                        tally));
        activity(draft.id(), recommendationId);
        return adopted;
    }

    /** The authority's public answer; may be updated later, e.g. as the implementation progresses. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canAnswer(authentication)")
    public void answerRecommendation(long recommendationId, Answer answer, String reasons, Implementation status) {
        Recommendation recommendation = locked(recommendationId);
        String why = Texts.required(reasons, 10, 5000, "drafts.error.reasons");
        boolean firstAnswer = recommendation.answer() == null;
        recommendation.answer(answer, why, status, clock.instant());
        audit.append(current.id().orElse(null), "RECOMMENDATION_ANSWERED", "RECOMMENDATION", recommendationId,
                AuditDetails.of().label(answer.labelKey()).label(status.labelKey()));
        Draft draft = draft(recommendation.draftId());
        if (firstAnswer) {
            events.publishEvent(new RecommendationAnswered(draft.id(), recommendationId, draft.title(),
                    participants.of(draft.id())));
        }
        Long panelId = draft.panelId();
        if (panelId != null && recommendations.findByDraftIdOrderByPosition(draft.id()).stream()
                .allMatch(each -> each.id() == recommendationId || each.answer() != null)) {
            participants.advancePanel(panelId, PanelPhase.ANSWERED);
        }
        activity(draft.id(), recommendationId);
    }

    /** The question's recommendations with their results and answers; open to all once the draft is published. */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<RecommendationDetails> recommendationsOf(long draftId) {
        Long me = current.id().orElse(null);
        return recommendations.findByDraftIdOrderByPosition(draftId).stream()
                .map(each -> new RecommendationDetails(each.id(), draftId, each.position(), each.body(), each.state(),
                        ballots.turnout(BallotBox.Subject.R, each.id()), each.tally(), each.adopted(), each.answer(),
                        each.answerReasons(), each.implementation(), each.answeredAt(),
                        me != null && ballots.hasVoted(draftId, BallotBox.Subject.R, each.id(), me)))
                .toList();
    }

    /**
     * What a voter's receipt stands for in this draft's ballot box: the subject and the choice, and whether the vote
     * is sealed. Whoever holds the receipt may check it; nobody can find a receipt from a voter.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public java.util.Optional<ReceiptCheck> checkReceipt(long draftId, String receipt) {
        draft(draftId);
        return ballots.findByReceipt(draftId, receipt).map(found -> new ReceiptCheck(
                found.subject() == BallotBox.Subject.A ? ReceiptCheck.Kind.AMENDMENT : ReceiptCheck.Kind.RECOMMENDATION,
                found.subjectId(), found.choice(), ballots.sealed(found.subject(), found.subjectId())));
    }

    /** Replays the draft's ballot chain and recounts every closed vote, amendments and recommendations alike. */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public BallotCheck verifyBallots(long draftId) {
        draft(draftId);
        return recount.replay(draftId);
    }

    private static void requireDeliberating(Draft draft) {
        if (draft.phase() != DraftPhase.DELIBERATION) {
            throw new DomainException("drafts.error.notDeliberating");
        }
    }

    private void activity(long draftId, long recommendationId) {
        events.publishEvent(new DraftActivity(draftId, recommendationId, DraftActivity.Kind.RECOMMENDATION));
    }

    private Recommendation locked(long recommendationId) {
        return recommendations.lock(recommendationId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }
}
