package fr.sensiblecity.ideas;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the ideas feature, all operator settings: maturity threshold and window, trending half-life,
 * and rate limits. All but the half-life are only the defaults of
 * what administrators set on /admin/thresholds ({@link IdeaThresholds}).
 */
@ConfigurationProperties("sensible.ideas")
public record IdeaSettings(
        @DefaultValue("10") int maturityMinimumSupports,
        @DefaultValue("0.01") double maturityPopulationShare,
        @DefaultValue("365d") Duration maturityWindow,
        @DefaultValue("7d") Duration trendingHalfLife,
        @DefaultValue("5") int ideasPerHour,
        @DefaultValue("60") int supportsPerMinute,
        @DefaultValue("10") int commentsPerMinute) {
}
