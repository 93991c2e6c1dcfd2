package fr.sensiblecity.ideas;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.Thresholds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ideas' numbers administrators change on /admin/thresholds (maturity, rate limits), each defaulting to its {@code sensible.ideas.*} setting, and read afresh by every action.
 */
@Component
@Order(10)
public class IdeaThresholds implements ThresholdCatalog {

    static final String MATURITY_MINIMUM = "ideas.maturity-minimum-supports";
    static final String MATURITY_PERCENT = "ideas.maturity-population-percent";
    static final String MATURITY_WINDOW_DAYS = "ideas.maturity-window-days";
    static final String IDEAS_PER_HOUR = "limits.ideas-per-hour";
    static final String SUPPORTS_PER_MINUTE = "limits.supports-per-minute";
    static final String COMMENTS_PER_MINUTE = "limits.comments-per-minute";

    private final IdeaSettings defaults;
    private final Thresholds thresholds;

    IdeaThresholds(IdeaSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(
                Threshold.integer("maturity", MATURITY_MINIMUM, defaults.maturityMinimumSupports(), 1, 1_000_000),
                Threshold.decimal("maturity", MATURITY_PERCENT,
                        BigDecimal.valueOf(defaults.maturityPopulationShare()).movePointRight(2), BigDecimal.ZERO,
                        BigDecimal.valueOf(100)),
                Threshold.integer("maturity", MATURITY_WINDOW_DAYS, defaults.maturityWindow().toDays(), 1, 3650),
                Threshold.integer("limits", IDEAS_PER_HOUR, defaults.ideasPerHour(), 1, 1000),
                Threshold.integer("limits", SUPPORTS_PER_MINUTE, defaults.supportsPerMinute(), 1, 10_000),
                Threshold.integer("limits", COMMENTS_PER_MINUTE, defaults.commentsPerMinute(), 1, 1000));
    }

    int maturityMinimumSupports() {
        return thresholds.integer(MATURITY_MINIMUM);
    }

    Duration maturityWindow() {
        return Duration.ofDays(thresholds.integer(MATURITY_WINDOW_DAYS));
    }

    /** Supports an idea needs to mature in a territory of this population: max(minimum, share of population). */
    int maturityThreshold(int population) {
        return maturityThreshold(maturityMinimumSupports(), thresholds.decimal(MATURITY_PERCENT), population);
    }

    static int maturityThreshold(int minimum, BigDecimal percentOfPopulation, int population) {
        int share = BigDecimal.valueOf(population).multiply(percentOfPopulation).movePointLeft(2)
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(minimum, share);
    }

    int ideasPerHour() {
        return thresholds.integer(IDEAS_PER_HOUR);
    }

    int supportsPerMinute() {
        return thresholds.integer(SUPPORTS_PER_MINUTE);
    }

    int commentsPerMinute() {
        return thresholds.integer(COMMENTS_PER_MINUTE);
    }
}
