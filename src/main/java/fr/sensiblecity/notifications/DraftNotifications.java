package fr.sensiblecity.notifications;

import fr.sensiblecity.drafts.AmendmentDecided;
import fr.sensiblecity.drafts.RecommendationAnswered;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what happens to drafts into notices: the author of an amendment hears that its vote closed, and the
 * participants of a draft hear that the authority answered one of their recommendations. Like the ideas' notices,
 * each runs after the drafts module commits, in a transaction of its own.
 */
@Component
class DraftNotifications {

    private final Notifier notifier;

    DraftNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void amendmentDecided(AmendmentDecided decided) {
        Long author = decided.authorId();
        if (author == null) {
            return;
        }
        notifier.tell(new Notice(NotificationKind.AMENDMENT_DECIDED, TargetType.AMENDMENT, decided.amendmentId(),
                decided.sectionTitle()), Set.of(author));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recommendationAnswered(RecommendationAnswered answered) {
        notifier.tell(new Notice(NotificationKind.RECOMMENDATION_ANSWERED, TargetType.DRAFT_RESULTS, answered.draftId(),
                answered.draftTitle()), answered.participants());
    }
}
