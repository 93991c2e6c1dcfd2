package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import fr.sensiblecity.notifications.UnreadCountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the pages a resident has open, on any instance, that their unread count changed, once it is committed;
 * they update through Vaadin Push. Only that resident's pages hear of it.
 */
@Component
class UnreadCountBroadcaster {

    private final LiveSignals signals;

    UnreadCountBroadcaster(LiveSignals signals) {
        this.signals = signals;
    }

    Registration register(long residentId, Runnable onChange) {
        return signals.listen(LiveTopic.RESIDENT_UNREAD, residentId, onChange);
    }

    // A plain listener, inside the transaction that changed the counts: LiveSignals signals after commit.
    @EventListener
    void unreadCountChanged(UnreadCountChanged change) {
        for (long residentId : change.residentIds()) {
            signals.signal(LiveTopic.RESIDENT_UNREAD, residentId);
        }
    }
}
