package fr.sensiblecity.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of what administrators tune on /admin/thresholds ({@link VerificationThresholds}): how long a
 * verification lasts, and how many letter codes a resident may try per hour. {@code listMaxBytes} bounds the town hall's list
 * file an upload reads (20 MiB: about 300,000 rows).
 */
@ConfigurationProperties("sensible.verification")
public record VerificationSettings(
        @DefaultValue("730d") Duration validity,
        @DefaultValue("10") int codeAttemptsPerHour,
        @DefaultValue("2000") int codesPerBatch,
        @DefaultValue("20971520") long listMaxBytes) {
}
