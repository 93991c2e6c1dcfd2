package fr.sensiblecity.ideas;

import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells pages how far ideas are from maturity, by the same rule {@link SupportService} applies: max(minimum,
 * share of the territory's population) supports within the window that opens at publication.
 */
@Component
public class IdeaMaturity {

    private final TerritoryService territories;
    private final IdeaThresholds settings;
    private final Clock clock;

    IdeaMaturity(TerritoryService territories, IdeaThresholds settings, Clock clock) {
        this.territories = territories;
        this.settings = settings;
        this.clock = clock;
    }

    /** A gauge for one page: the territories' populations are read once, not once per idea. */
    public Gauge gauge() {
        return new Gauge(territories.listTerritories().stream()
                .collect(Collectors.toMap(TerritorySummary::id, TerritorySummary::population)), clock.instant(), settings);
    }

    /** Progress of ideas of known territories, as of the moment the gauge was made. */
    public static final class Gauge {

        private final Map<Long, Integer> populations;
        private final Instant now;
        private final IdeaThresholds settings;

        Gauge(Map<Long, Integer> populations, Instant now, IdeaThresholds settings) {
            this.populations = populations;
            this.now = now;
            this.settings = settings;
        }

        public MaturityProgress of(IdeaState state, int supports, long territoryId, Instant createdAt) {
            int threshold = settings.maturityThreshold(populations.getOrDefault(territoryId, 0));
            Instant windowEnds = createdAt.plus(settings.maturityWindow());
            long daysLeft = Math.max(0, Duration.between(now, windowEnds).toDays());
            boolean reached = state != IdeaState.PUBLISHED && state != IdeaState.WITHDRAWN && state != IdeaState.HIDDEN
                    || supports >= threshold;
            boolean gathering = state == IdeaState.PUBLISHED && !reached && now.isBefore(windowEnds);
            return new MaturityProgress(supports, threshold, windowEnds, daysLeft, reached, gathering);
        }

        public MaturityProgress of(IdeaCard card) {
            return of(card.state(), card.supportCount(), card.territoryId(), card.createdAt());
        }

        public MaturityProgress of(IdeaDetails idea) {
            return of(idea.state(), idea.supportCount(), idea.territoryId(), idea.createdAt());
        }
    }
}
