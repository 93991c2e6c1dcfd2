package fr.sensiblecity.notifications;

import fr.sensiblecity.panels.PanelSeatsOffered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells residents drawn onto a panel that a seat is offered to them, and reserves that they may be called, once
 * the draw has committed (a draw that rolled back tells nobody).
 */
@Component
class PanelNotifications {

    private static final int LABEL_MAX = 200;

    private final Notifier notifier;

    PanelNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void seatsOffered(PanelSeatsOffered offered) {
        String label = offered.question().length() > LABEL_MAX
                ? offered.question().substring(0, LABEL_MAX - 1) + "…" : offered.question();
        notifier.tell(new Notice(NotificationKind.PANEL_SELECTED, TargetType.PANEL, offered.panelId(), label),
                offered.offeredTo());
        notifier.tell(new Notice(NotificationKind.PANEL_RESERVE, TargetType.PANEL, offered.panelId(), label),
                offered.reserves());
    }
}
