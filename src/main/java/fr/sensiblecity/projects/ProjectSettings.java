package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of projects and funding, all operator settings: the largest amount anyone may type (beyond it an
 * amount is a typing mistake), pledge limits per resident and campaign, and how often due campaigns are closed.
 * A programme's crowd share, per-project cap and matching pot are set on the programme itself; a new programme
 * starts with {@code programmeCrowdSharePercent} and {@code programmeProjectCap}, only the defaults of what
 * administrators set on /admin/thresholds ({@link ProjectThresholds}).
 */
@ConfigurationProperties("sensible.projects")
public record ProjectSettings(
        @DefaultValue("100000000") BigDecimal largestAmount,
        @DefaultValue("5") BigDecimal pledgeMinimum,
        @DefaultValue("10000") BigDecimal pledgeMaximum,
        @DefaultValue("60s") Duration closingInterval,
        @DefaultValue("50") int programmeCrowdSharePercent,
        @DefaultValue("50000") BigDecimal programmeProjectCap) {
}
