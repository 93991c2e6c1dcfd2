package fr.sensiblecity.drafts;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' side of recommendations, as in Gdansk: a participant proposes one (a title and a text), the others
 * support it (once each, and may take it back until it is decided), and the authors of proposals the facilitator
 * wants to merge agree or refuse; the merge takes effect when every author agreed. Proposing and supporting are
 * open in every phase but {@code CLOSED}: ideas come while writing, from the consultation's comments, and in the
 * final deliberation; only the vote waits for the deliberation (see {@link ProposalFacilitation}). Every write
 * takes the proposal's row lock (a merge's first, then its proposals' in id order), so a support never lands on a
 * proposal being merged or put to the vote. The author of a proposal (its only author: a merged one belongs to
 * several) may withdraw it until it is decided, and reword it while no other member supports it: a support is given
 * to the words it read. These are members' own actions, not staff's, so they are not audited.
 */
@Service
public class ProposalService {

    private final RecommendationProposalRepository proposals;
    private final ProposalBook book;
    private final ProposalSteps steps;
    private final DraftRepository drafts;
    private final RecommendationRepository recommendations;
    private final ResidentService residents;
    private final CurrentResident current;
    private final RateLimiter rateLimiter;
    private final DraftThresholds thresholds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(RecommendationProposalRepository proposals, ProposalBook book, ProposalSteps steps, DraftRepository drafts,
            RecommendationRepository recommendations, ResidentService residents, CurrentResident current,
            RateLimiter rateLimiter, DraftThresholds thresholds, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.book = book;
        this.steps = steps;
        this.drafts = drafts;
        this.recommendations = recommendations;
        this.residents = residents;
        this.current = current;
        this.rateLimiter = rateLimiter;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePart(authentication, #draftId)")
    public long proposeRecommendation(long draftId, String title, String text) {
        long me = me();
        requireOpenForProposals(draft(draftId));
        String heading = Texts.requiredLine(title, 5, RecommendationProposal.TITLE_MAX, "drafts.error.proposalTitle");
        String body = Texts.required(text, 10, RecommendationProposal.TEXT_MAX, "drafts.error.proposalText");
        rateLimiter.acquire("recommendation-proposals", me, thresholds.amendmentsPerHour(), Duration.ofHours(1),
                "drafts.error.rateLimit");
        long id = proposals.save(new RecommendationProposal(draftId, heading, body, clock.instant())).id();
        book.addAuthors(id, Set.of(me));
        steps.activity(draftId, id);
        return id;
    }

    /** Returns the new support count. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInProposal(authentication, #proposalId)")
    public int supportProposal(long proposalId) {
        long me = me();
        RecommendationProposal proposal = steps.locked(proposalId);
        proposal.requireOpen();
        requireOpenForProposals(draft(proposal.draftId()));
        if (book.authorsOf(Set.of(proposalId)).contains(me)) {
            throw new DomainException("drafts.error.ownProposal");
        }
        if (!book.support(proposalId, me)) {
            throw new DomainException("drafts.error.proposalAlreadySupported");
        }
        steps.activity(proposal.draftId(), proposalId);
        return book.supportCount(proposalId);
    }

    /** Takes one's support back while the proposal is not decided; returns the new support count. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInProposal(authentication, #proposalId)")
    public int withdrawProposalSupport(long proposalId) {
        RecommendationProposal proposal = steps.locked(proposalId);
        proposal.requireOpen();
        book.withdrawSupport(proposalId, me());
        steps.activity(proposal.draftId(), proposalId);
        return book.supportCount(proposalId);
    }

    /**
     * The author takes their proposal back before it is decided; those who supported it hear it. Not while a merge
     * waits for the author's answer: refusing the merge comes first.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInProposal(authentication, #proposalId)")
    public void withdrawProposal(long proposalId) {
        RecommendationProposal proposal = authorsOwn(proposalId);
        proposal.withdraw(clock.instant());
        Set<Long> supporters = book.supportersOf(Set.of(proposalId));
        if (!supporters.isEmpty()) {
            events.publishEvent(new RecommendationProposalDecided(proposal.draftId(), proposalId, proposal.title(),
                    RecommendationProposalDecided.Outcome.WITHDRAWN, supporters));
        }
        steps.activity(proposal.draftId(), proposalId);
    }

    /** The author rewords their proposal, as long as no other member supports it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInProposal(authentication, #proposalId)")
    public void editProposal(long proposalId, String title, String text) {
        RecommendationProposal proposal = authorsOwn(proposalId);
        String heading = Texts.requiredLine(title, 5, RecommendationProposal.TITLE_MAX, "drafts.error.proposalTitle");
        String body = Texts.required(text, 10, RecommendationProposal.TEXT_MAX, "drafts.error.proposalText");
        if (book.supportCount(proposalId) > 0) {
            throw new DomainException("drafts.error.proposalSupported");
        }
        proposal.reword(heading, body);
        steps.activity(proposal.draftId(), proposalId);
    }

    /**
     * An author agrees to the facilitator's merge, or refuses it. A refusal ends the merge and the proposals stay as
     * they were; the last author's agreement makes the merged proposal.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canTakePartInMerge(authentication, #mergeId)")
    public void answerMerge(long mergeId, boolean agree) {
        long me = me();
        ProposalBook.Merge merge = book.lockMerge(mergeId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        if (merge.state() != ProposalBook.MergeState.PENDING) {
            throw new DomainException("drafts.error.mergeDecided");
        }
        Set<Long> parts = book.partsOf(mergeId);
        if (!book.authorsOf(parts).contains(me)) {
            throw new AccessDeniedException("not an author of the merged proposals");
        }
        parts.forEach(steps::locked);
        book.answer(mergeId, me, agree);
        if (!agree) {
            book.finish(mergeId, ProposalBook.MergeState.REFUSED, null);
        } else if (book.agreedBy(mergeId).containsAll(book.authorsOf(parts))) {
            steps.apply(merge, parts);
        }
        steps.activity(merge.draftId(), mergeId);
    }

    /** The members' proposals of a draft, oldest first; readable by whoever reads the draft. */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<ProposalDetails> proposalsOf(long draftId) {
        List<RecommendationProposal> all = proposals.findByDraftIdOrderByCreatedAtAscIdAsc(draftId);
        Map<Long, List<Long>> authors = book.authorsByProposal(draftId);
        Map<Long, String> names = residents.displayNamesOf(authors.values().stream().flatMap(List::stream)
                .distinct().toList());
        Long me = current.id().orElse(null);
        Set<Long> supported = me == null ? Set.of() : book.supportedBy(draftId, me);
        Set<Long> pending = book.inPendingMerges(draftId);
        Map<Long, String> titles = new HashMap<>();
        all.forEach(each -> titles.put(each.id(), each.title()));
        return all.stream().map(each -> {
            List<Long> by = authors.getOrDefault(each.id(), List.of());
            Long recommendation = each.recommendationId();
            Integer position = recommendation == null ? null
                    : recommendations.findById(recommendation).map(Recommendation::position).orElse(null);
            Long mergedInto = each.mergedInto();
            return new ProposalDetails(each.id(), draftId, each.title(), each.body(), each.state(),
                    by.stream().map(names::get).filter(Objects::nonNull).toList(), each.supportCount(),
                    me != null && by.contains(me), me != null && by.equals(List.of(me)), supported.contains(each.id()), pending.contains(each.id()),
                    each.declineReason(), position, mergedInto == null ? null : titles.get(mergedInto),
                    each.createdAt());
        }).toList();
    }

    /** The merges waiting for their authors' agreement. */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<MergeDetails> pendingMergesOf(long draftId) {
        Long me = current.id().orElse(null);
        return book.pendingMerges(draftId).stream().map(merge -> {
            Set<Long> parts = book.partsOf(merge.id());
            Set<Long> authors = book.authorsOf(parts);
            Set<Long> agreed = book.agreedBy(merge.id());
            List<String> titles = parts.stream().map(proposals::findById).flatMap(java.util.Optional::stream)
                    .map(RecommendationProposal::title).toList();
            return new MergeDetails(merge.id(), draftId, merge.title(), merge.body(), titles,
                    (int) authors.stream().filter(agreed::contains).count(), authors.size(),
                    me != null && authors.contains(me) && !agreed.contains(me));
        }).toList();
    }

    /** Locks an open proposal of a process still open, which the caller alone wrote and no merge waits for. */
    private RecommendationProposal authorsOwn(long proposalId) {
        long me = me();
        RecommendationProposal proposal = steps.locked(proposalId);
        Set<Long> authors = book.authorsOf(Set.of(proposalId));
        if (!authors.contains(me)) {
            throw new AccessDeniedException("not an author of the proposal");
        }
        proposal.requireOpen();
        requireOpenForProposals(draft(proposal.draftId()));
        if (authors.size() > 1) {
            throw new DomainException("drafts.error.proposalSeveralAuthors");
        }
        if (book.inPendingMerge(proposalId)) {
            throw new DomainException("drafts.error.proposalInMerge");
        }
        return proposal;
    }

    static void requireOpenForProposals(Draft draft) {
        if (draft.phase() == DraftPhase.CLOSED) {
            throw new DomainException("drafts.error.proposalsClosed");
        }
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    private long me() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
