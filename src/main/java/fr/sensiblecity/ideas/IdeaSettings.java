package fr.sensiblecity.ideas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the ideas feature, all operator settings: maturity threshold and window, trending half-life,
 * rate limits, and how many reports hide content pending review.
 */
@ConfigurationProperties("sensible.ideas")
public record IdeaSettings(
        @DefaultValue("10") int maturityMinimumSupports,
        @DefaultValue("0.01") double maturityPopulationShare,
        @DefaultValue("365d") Duration maturityWindow,
        @DefaultValue("7d") Duration trendingHalfLife,
        @DefaultValue("5") int ideasPerHour,
        @DefaultValue("60") int supportsPerMinute,
        @DefaultValue("3") int reportsToHide) {

    /** Supports an idea needs to mature in a territory of this population: max(minimum, share of population). */
    public int maturityThreshold(int population) {
        int share = BigDecimal.valueOf(population).multiply(BigDecimal.valueOf(maturityPopulationShare))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(maturityMinimumSupports, share);
    }
}
