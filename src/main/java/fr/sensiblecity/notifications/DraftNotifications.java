package fr.sensiblecity.notifications;

import fr.sensiblecity.drafts.AmendmentDecided;
import fr.sensiblecity.drafts.RecommendationAnswered;
import fr.sensiblecity.drafts.RecommendationMergeProposed;
import fr.sensiblecity.drafts.RecommendationProposalDecided;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to drafts into notices: the author of an amendment hears that its vote closed, and the
 * participants of a draft hear that the authority answered one of their recommendations; the members hear that a
 * member's proposal was put to the vote, and its authors and supporters that it was declined or merged; the
 * authors of proposals the facilitator wants to merge are asked to agree; the supporters of a proposal its author
 * withdrew hear it. Like the ideas' notices,
 * each runs after the drafts module commits, in the background, in a transaction of its own, once per event.
 */
@Component
class DraftNotifications {

    static final String AMENDMENT_DECIDED = "notifications.amendment-decided";
    static final String RECOMMENDATION_ANSWERED = "notifications.recommendation-answered";
    static final String PROPOSAL_DECIDED = "notifications.proposal-decided";
    static final String MERGE_PROPOSED = "notifications.proposal-merge-proposed";

    private final Notifier notifier;
    private final Deliveries deliveries;

    DraftNotifications(Notifier notifier, Deliveries deliveries) {
        this.notifier = notifier;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener(id = AMENDMENT_DECIDED)
    void amendmentDecided(AmendmentDecided decided) {
        deliveries.claim(AMENDMENT_DECIDED, decided).ifPresent(key -> {
            Long author = decided.authorId();
            if (author != null) {
                notifier.tell(new Notice(NotificationKind.AMENDMENT_DECIDED, TargetType.AMENDMENT,
                        decided.amendmentId(), decided.sectionTitle()), Set.of(author), key);
            }
        });
    }

    @ApplicationModuleListener(id = RECOMMENDATION_ANSWERED)
    void recommendationAnswered(RecommendationAnswered answered) {
        deliveries.claim(RECOMMENDATION_ANSWERED, answered).ifPresent(key -> notifier.tell(new Notice(
                NotificationKind.RECOMMENDATION_ANSWERED, TargetType.DRAFT_RESULTS, answered.draftId(),
                answered.draftTitle()), answered.participants(), key));
    }

    @ApplicationModuleListener(id = PROPOSAL_DECIDED)
    void proposalDecided(RecommendationProposalDecided decided) {
        deliveries.claim(PROPOSAL_DECIDED, decided).ifPresent(key -> {
            Notice notice = switch (decided.outcome()) {
                case PUT_TO_VOTE -> new Notice(NotificationKind.PROPOSAL_PUT_TO_VOTE, TargetType.DRAFT_RESULTS,
                        decided.draftId(), decided.title());
                case DECLINED -> new Notice(NotificationKind.PROPOSAL_DECLINED, TargetType.DRAFT, decided.draftId(),
                        decided.title());
                case MERGED -> new Notice(NotificationKind.PROPOSAL_MERGED, TargetType.DRAFT, decided.draftId(),
                        decided.title());
                case WITHDRAWN -> new Notice(NotificationKind.PROPOSAL_WITHDRAWN, TargetType.DRAFT, decided.draftId(),
                        decided.title());
            };
            notifier.tell(notice, decided.told(), key);
        });
    }

    @ApplicationModuleListener(id = MERGE_PROPOSED)
    void mergeProposed(RecommendationMergeProposed proposed) {
        deliveries.claim(MERGE_PROPOSED, proposed).ifPresent(key -> notifier.tell(new Notice(
                NotificationKind.PROPOSAL_MERGE_ASKED, TargetType.DRAFT, proposed.draftId(), proposed.title()),
                proposed.authors(), key));
    }
}
