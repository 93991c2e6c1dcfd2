package fr.sensiblecity.home;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.DraftSummary;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelRoster;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.ProjectQuery;
import fr.sensiblecity.projects.ProjectService;
import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the home page's data of a territory, and keeps open home pages live: on each signal of the territory's
 * activity, an instance reads the data once and hands the same snapshot to all its pages of that territory.
 */
@Component
class HomeFeed {

    static final int IDEAS = 3;
    static final int PANELS = 3;
    static final int PROJECTS = 3;
    static final int CAMPAIGNS = 3;

    private final IdeaService ideas;
    private final PanelService panels;
    private final PanelRoster roster;
    private final DraftService drafts;
    private final ProjectService projects;
    private final CampaignService campaigns;
    private final LiveSignals signals;
    private final Map<Long, Set<Consumer<HomeSnapshot>>> watchers = new HashMap<>();
    private final Map<Long, Registration> readers = new HashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    HomeFeed(IdeaService ideas, PanelService panels, PanelRoster roster, DraftService drafts, ProjectService projects,
            CampaignService campaigns, LiveSignals signals) {
        this.ideas = ideas;
        this.panels = panels;
        this.roster = roster;
        this.drafts = drafts;
        this.projects = projects;
        this.campaigns = campaigns;
        this.signals = signals;
    }

    /** The territory's data now; a null territory means the whole platform. */
    HomeSnapshot read(@Nullable Long territoryId) {
        List<PanelDetails> recruiting = panels.listPanels(false).stream()
                .filter(panel -> panel.phase() == PanelPhase.RECRUITING)
                .filter(panel -> territoryId == null || panel.territoryId() == territoryId)
                .limit(PANELS).toList();
        List<DraftSummary> consultations = drafts.listDrafts().stream()
                .filter(draft -> draft.phase() == DraftPhase.CONSULTATION)
                .filter(draft -> territoryId == null || draft.panelId() == null || roster.findPanel(draft.panelId())
                        .map(panel -> panel.territoryId() == territoryId).orElse(false))
                .limit(PANELS).toList();
        return new HomeSnapshot(ideas.figures(territoryId), roster.memberCount(territoryId),
                campaigns.pledgedTotal(territoryId),
                ideas.browse(new IdeaQuery(null, null, territoryId, null, IdeaState.PUBLISHED, IdeaSort.MOST_SUPPORTED), 0,
                        IDEAS),
                ideas.browse(new IdeaQuery(null, null, territoryId, null, null, IdeaSort.NEWEST), 0, IDEAS),
                recruiting, consultations,
                projects.browse(new ProjectQuery(territoryId, null, null, null), 0, PROJECTS),
                campaigns.endingSoon(territoryId, CAMPAIGNS));
    }

    /** Hands {@code onChange} a fresh snapshot after each change in the territory, until removed. */
    synchronized Registration watch(@Nullable Long territoryId, Consumer<HomeSnapshot> onChange) {
        long key = key(territoryId);
        watchers.computeIfAbsent(key, any -> ConcurrentHashMap.newKeySet()).add(onChange);
        readers.computeIfAbsent(key, any -> signals.listen(LiveTopic.TERRITORY_ACTIVITY, key, () -> readAndTell(key)));
        return () -> unwatch(key, onChange);
    }

    static long key(@Nullable Long territoryId) {
        return territoryId == null ? TerritoryActivity.ALL : territoryId;
    }

    private synchronized void unwatch(long key, Consumer<HomeSnapshot> onChange) {
        Set<Consumer<HomeSnapshot>> those = watchers.get(key);
        if (those != null && those.remove(onChange) && those.isEmpty()) {
            watchers.remove(key);
            Objects.requireNonNull(readers.remove(key)).remove();
        }
    }

    private void readAndTell(long key) {
        Set<Consumer<HomeSnapshot>> those;
        synchronized (this) {
            those = watchers.get(key);
        }
        if (those == null) {
            return;
        }
        HomeSnapshot snapshot;
        try {
            snapshot = read(key == TerritoryActivity.ALL ? null : key);
        } catch (RuntimeException unreadable) {
            // A page keeps what it shows; the next signal tries again.
            LoggerFactory.getLogger(HomeFeed.class).warn("Home page data of territory {} could not be read", key, unreadable);
            return;
        }
        for (Consumer<HomeSnapshot> watcher : those) {
            delivery.execute(() -> watcher.accept(snapshot));
        }
    }

    @PreDestroy
    void stop() {
        delivery.close();
    }
}
