package fr.sensiblecity.notifications;

import fr.sensiblecity.panels.PanelPhaseChanged;
import fr.sensiblecity.panels.PanelSeatsOffered;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells residents drawn onto a panel that a seat is offered to them, and reserves that they may be called, once
 * the draw has committed (a draw that rolled back tells nobody); tells a panel's followers when it changes phase.
 */
@Component
class PanelNotifications {

    private static final int LABEL_MAX = 200;

    private final Notifier notifier;
    private final Follows follows;

    PanelNotifications(Notifier notifier, Follows follows) {
        this.notifier = notifier;
        this.follows = follows;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void seatsOffered(PanelSeatsOffered offered) {
        String label = label(offered.question());
        notifier.tell(new Notice(NotificationKind.PANEL_SELECTED, TargetType.PANEL, offered.panelId(), label),
                offered.offeredTo());
        notifier.tell(new Notice(NotificationKind.PANEL_RESERVE, TargetType.PANEL, offered.panelId(), label),
                offered.reserves());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void phaseChanged(PanelPhaseChanged changed) {
        notifier.tell(new Notice(NotificationKind.PANEL_PHASE_CHANGED, TargetType.PANEL, changed.panelId(),
                label(changed.question())), Set.copyOf(follows.followersOf(TargetType.PANEL, changed.panelId())));
    }

    private static String label(String question) {
        return question.length() > LABEL_MAX ? question.substring(0, LABEL_MAX - 1) + "…" : question;
    }
}
