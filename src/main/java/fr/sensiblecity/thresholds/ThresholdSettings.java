package fr.sensiblecity.thresholds;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheFor how long an instance keeps the values it read before reading them again; a change is also
 *                 announced to every instance at once (live signal), this is the bound when that signal is lost
 */
@ConfigurationProperties("sensible.thresholds")
public record ThresholdSettings(@DefaultValue("5s") Duration cacheFor) {
}
