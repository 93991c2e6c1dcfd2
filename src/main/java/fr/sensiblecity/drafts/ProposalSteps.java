package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotFound;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Steps both proposal services take, inside their callers' transactions: locking, merging, telling open pages. */
@Component
class ProposalSteps {

    private final RecommendationProposalRepository proposals;
    private final ProposalBook book;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalSteps(RecommendationProposalRepository proposals, ProposalBook book, ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.book = book;
        this.events = events;
        this.clock = clock;
    }

    RecommendationProposal locked(long proposalId) {
        return proposals.lock(proposalId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    /**
     * Makes the merged proposal: the facilitator's text, every author of the parts as its authors, and the parts'
     * supporters as its supporters, each counted once and without its own authors. The parts are then merged.
     * The caller holds the merge's and the parts' locks.
     */
    void apply(ProposalBook.Merge merge, Set<Long> parts) {
        Set<Long> authors = book.authorsOf(parts);
        Set<Long> supporters = new LinkedHashSet<>(book.supportersOf(parts));
        supporters.removeAll(authors);
        long merged = proposals.save(new RecommendationProposal(merge.draftId(), merge.title(), merge.body(),
                clock.instant())).id();
        book.addAuthors(merged, authors);
        book.carrySupports(merged, supporters);
        parts.forEach(part -> locked(part).mergeInto(merged, clock.instant()));
        book.finish(merge.id(), ProposalBook.MergeState.DONE, merged);
        Set<Long> told = new LinkedHashSet<>(authors);
        told.addAll(supporters);
        events.publishEvent(new RecommendationProposalDecided(merge.draftId(), merged, merge.title(),
                RecommendationProposalDecided.Outcome.MERGED, told));
    }

    void activity(long draftId, long subjectId) {
        events.publishEvent(new DraftActivity(draftId, subjectId, DraftActivity.Kind.RECOMMENDATION));
    }
}
