package fr.sensiblecity.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many reports by different residents hide content pending review, and how many hours an account must have to
 * support an idea or comment, and how many links a comment may hold before it waits for a moderator: only the defaults of what administrators set on /admin/thresholds
 * ({@link ModerationThresholds}).
 */
@ConfigurationProperties("sensible.moderation")
public record ModerationSettings(@DefaultValue("3") int reportsToHide, @DefaultValue("0") int newAccountHours,
        @DefaultValue("2") int linksBeforeReview) {
}
