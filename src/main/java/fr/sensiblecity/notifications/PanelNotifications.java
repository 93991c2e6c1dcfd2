package fr.sensiblecity.notifications;

import fr.sensiblecity.panels.PanelPhaseChanged;
import fr.sensiblecity.panels.PanelRoster;
import fr.sensiblecity.panels.PanelScheduleChanged;
import fr.sensiblecity.panels.PanelSeatsOffered;
import java.util.HashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells residents drawn onto a panel that a seat is offered to them, and reserves that they may be called, once
 * the draw has committed (a draw that rolled back tells nobody); tells a panel's followers when it changes phase.
 * Like {@link IdeaNotifications}, in the background, in a transaction of its own, once per event.
 */
@Component
class PanelNotifications {

    static final String SEATS_OFFERED = "notifications.panel-seats-offered";
    static final String PHASE_CHANGED = "notifications.panel-phase-changed";
    static final String SCHEDULE_CHANGED = "notifications.panel-schedule-changed";

    private static final int LABEL_MAX = 200;

    private final Notifier notifier;
    private final Follows follows;
    private final Deliveries deliveries;
    private final PanelRoster roster;

    PanelNotifications(Notifier notifier, Follows follows, Deliveries deliveries, PanelRoster roster) {
        this.roster = roster;
        this.notifier = notifier;
        this.follows = follows;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener(id = SEATS_OFFERED)
    void seatsOffered(PanelSeatsOffered offered) {
        deliveries.claim(SEATS_OFFERED, offered).ifPresent(key -> {
            String label = label(offered.question());
            notifier.tell(new Notice(NotificationKind.PANEL_SELECTED, TargetType.PANEL, offered.panelId(), label),
                    offered.offeredTo(), key);
            notifier.tell(new Notice(NotificationKind.PANEL_RESERVE, TargetType.PANEL, offered.panelId(), label),
                    offered.reserves(), key);
        });
    }

    @ApplicationModuleListener(id = PHASE_CHANGED)
    void phaseChanged(PanelPhaseChanged changed) {
        deliveries.claim(PHASE_CHANGED, changed).ifPresent(key -> notifier.tell(new Notice(
                NotificationKind.PANEL_PHASE_CHANGED, TargetType.PANEL, changed.panelId(), label(changed.question())),
                Set.copyOf(follows.followersOf(TargetType.PANEL, changed.panelId())), key));
    }

    /** A session added, moved or cancelled: the members who sit on the panel and its followers, each once. */
    @ApplicationModuleListener(id = SCHEDULE_CHANGED)
    void scheduleChanged(PanelScheduleChanged changed) {
        deliveries.claim(SCHEDULE_CHANGED, changed).ifPresent(key -> {
            Set<Long> told = new HashSet<>(roster.membersOf(changed.panelId()));
            told.addAll(follows.followersOf(TargetType.PANEL, changed.panelId()));
            notifier.tell(new Notice(NotificationKind.PANEL_SCHEDULE_CHANGED, TargetType.PANEL, changed.panelId(),
                    label(changed.question())), told, key);
        });
    }

    private static String label(String question) {
        return question.length() > LABEL_MAX ? question.substring(0, LABEL_MAX - 1) + "…" : question;
    }
}
