package fr.sensiblecity.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many reports by different residents hide content pending review: only the default of what administrators set
 * on /admin/thresholds ({@link ModerationThresholds}).
 */
@ConfigurationProperties("sensible.moderation")
public record ModerationSettings(@DefaultValue("3") int reportsToHide) {
}
