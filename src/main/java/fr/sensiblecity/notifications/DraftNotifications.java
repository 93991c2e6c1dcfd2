package fr.sensiblecity.notifications;

import fr.sensiblecity.drafts.AmendmentDecided;
import fr.sensiblecity.drafts.RecommendationAnswered;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to drafts into notices: the author of an amendment hears that its vote closed, and the
 * participants of a draft hear that the authority answered one of their recommendations. Like the ideas' notices,
 * each runs after the drafts module commits, in the background, in a transaction of its own, once per event.
 */
@Component
class DraftNotifications {

    static final String AMENDMENT_DECIDED = "notifications.amendment-decided";
    static final String RECOMMENDATION_ANSWERED = "notifications.recommendation-answered";

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
}
