package fr.sensiblecity.home;

import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import fr.sensiblecity.ideas.IdeaPosted;
import fr.sensiblecity.ideas.IdeaSupportsChanged;
import fr.sensiblecity.panels.PanelPhaseChanged;
import fr.sensiblecity.panels.PanelRoster;
import fr.sensiblecity.projects.PledgesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in a territory into a live signal for the home pages that show it, and for those that show
 * the whole platform. Plain listeners inside the publishing transaction: {@link LiveSignals} sends after commit and
 * coalesces a burst (thousands of supports a second) into a few messages. A missed signal is made good by the next.
 */
@Component
class TerritoryActivity {

    /** The key of the whole platform's activity. */
    static final long ALL = 0;

    private final LiveSignals signals;
    private final PanelRoster panels;

    TerritoryActivity(LiveSignals signals, PanelRoster panels) {
        this.signals = signals;
        this.panels = panels;
    }

    @EventListener
    void supportsChanged(IdeaSupportsChanged change) {
        changed(change.territoryId());
    }

    @EventListener
    void ideaPosted(IdeaPosted posted) {
        changed(posted.territoryId());
    }

    @EventListener
    void pledgesChanged(PledgesChanged change) {
        changed(change.territoryId());
    }

    @EventListener
    void panelMoved(PanelPhaseChanged change) {
        panels.findPanel(change.panelId()).ifPresent(panel -> changed(panel.territoryId()));
    }

    private void changed(long territoryId) {
        signals.signal(LiveTopic.TERRITORY_ACTIVITY, territoryId);
        signals.signal(LiveTopic.TERRITORY_ACTIVITY, ALL);
    }
}
