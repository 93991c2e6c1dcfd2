package fr.sensiblecity.drafts;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the draft's facilitator does with the members' proposals: puts one to the vote (it becomes a recommendation,
 * voted by {@link RecommendationService}'s secret ballot under the draft's rule, unchanged), proposes to merge
 * duplicates into a text of their own (it takes effect when every author agreed, see
 * {@link ProposalService#answerMerge}), cancels such a merge, or declines a proposal with a reason members read.
 * Only that draft's facilitator and administrators may; each action is audited.
 */
@Service
public class ProposalFacilitation {

    private final ProposalSteps steps;
    private final ProposalBook book;
    private final DraftRepository drafts;
    private final RecommendationService recommendations;
    private final Participants participants;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalFacilitation(ProposalSteps steps, ProposalBook book, DraftRepository drafts,
            RecommendationService recommendations, Participants participants, CurrentResident current,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.book = book;
        this.drafts = drafts;
        this.recommendations = recommendations;
        this.participants = participants;
        this.current = current;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the vote on the proposal, as a new recommendation; returns the recommendation's id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication) and @draftPermissions.runsProposal(authentication, #proposalId)")
    public long putProposalToVote(long proposalId) {
        RecommendationProposal proposal = decidable(proposalId);
        if (draft(proposal.draftId()).phase() != DraftPhase.DELIBERATION) {
            throw new DomainException("drafts.error.notDeliberating");
        }
        long recommendation = recommendations.addRecommendation(proposal.draftId(), proposal.recommendationText());
        recommendations.openRecommendationVote(recommendation);
        proposal.putToVote(recommendation, clock.instant());
        audit.append(current.id().orElse(null), "PROPOSAL_PUT_TO_VOTE", "PROPOSAL", proposalId,
                AuditDetails.of().text(proposal.title()).count(recommendation));
        events.publishEvent(new RecommendationProposalDecided(proposal.draftId(), proposalId, proposal.title(),
                RecommendationProposalDecided.Outcome.PUT_TO_VOTE, participants.of(proposal.draftId())));
        steps.activity(proposal.draftId(), proposalId);
        return recommendation;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication) and @draftPermissions.runsProposal(authentication, #proposalId)")
    public void declineProposal(long proposalId, String reason) {
        RecommendationProposal proposal = decidable(proposalId);
        ProposalService.requireOpenForProposals(draft(proposal.draftId()));
        String why = Texts.required(reason, 10, 1000, "drafts.error.declineReason");
        proposal.decline(why, clock.instant());
        audit.append(current.id().orElse(null), "PROPOSAL_DECLINED", "PROPOSAL", proposalId,
                AuditDetails.of().text(proposal.title()).text(why));
        Set<Long> told = new LinkedHashSet<>(book.authorsOf(Set.of(proposalId)));
        told.addAll(book.supportersOf(Set.of(proposalId)));
        events.publishEvent(new RecommendationProposalDecided(proposal.draftId(), proposalId, proposal.title(),
                RecommendationProposalDecided.Outcome.DECLINED, told));
        steps.activity(proposal.draftId(), proposalId);
    }

    /**
     * Proposes to merge two or more open proposals of the draft into the facilitator's text; returns the merge's id.
     * Their authors are asked; none of the proposals can be decided until they all answered.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication) and @draftPermissions.runsDraft(authentication, #draftId)")
    public long proposeMerge(long draftId, List<Long> proposalIds, String title, String text) {
        ProposalService.requireOpenForProposals(draft(draftId));
        Set<Long> parts = new TreeSet<>(proposalIds);
        if (parts.size() < 2) {
            throw new DomainException("drafts.error.mergeTooFew");
        }
        String heading = Texts.requiredLine(title, 5, RecommendationProposal.TITLE_MAX, "drafts.error.proposalTitle");
        String body = Texts.required(text, 10, RecommendationProposal.TEXT_MAX, "drafts.error.proposalText");
        for (long part : parts) {
            RecommendationProposal proposal = decidable(part);
            if (proposal.draftId() != draftId) {
                throw new NotFound("drafts.error.notFound");
            }
        }
        long mergeId = book.createMerge(draftId, heading, body, parts);
        audit.append(current.id().orElse(null), "PROPOSAL_MERGE_PROPOSED", "DRAFT", draftId,
                AuditDetails.of().text(heading).text(parts.toString()));
        Set<Long> authors = book.authorsOf(parts);
        if (authors.isEmpty()) {
            // Every author erased their account: nobody is left to ask.
            steps.apply(book.lockMerge(mergeId).orElseThrow(), parts);
        } else {
            events.publishEvent(new RecommendationMergeProposed(draftId, mergeId, heading, authors));
        }
        steps.activity(draftId, mergeId);
        return mergeId;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication) and @draftPermissions.runsMerge(authentication, #mergeId)")
    public void cancelMerge(long mergeId) {
        ProposalBook.Merge merge = book.lockMerge(mergeId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        if (merge.state() != ProposalBook.MergeState.PENDING) {
            throw new DomainException("drafts.error.mergeDecided");
        }
        book.finish(mergeId, ProposalBook.MergeState.CANCELLED, null);
        audit.append(current.id().orElse(null), "PROPOSAL_MERGE_CANCELLED", "DRAFT", merge.draftId(),
                AuditDetails.of().text(merge.title()));
        steps.activity(merge.draftId(), mergeId);
    }

    /** Locks an open proposal that no pending merge holds. */
    private RecommendationProposal decidable(long proposalId) {
        RecommendationProposal proposal = steps.locked(proposalId);
        proposal.requireOpen();
        if (book.inPendingMerge(proposalId)) {
            throw new DomainException("drafts.error.proposalInMerge");
        }
        return proposal;
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }
}
