package fr.sensiblecity.verification;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.Thresholds;
import java.time.Duration;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Verification's numbers on /admin/thresholds, each defaulting to its {@code sensible.verification.*} setting. */
@Component
@Order(60)
class VerificationThresholds implements ThresholdCatalog {

    static final String VALIDITY_DAYS = "verification.validity-days";
    static final String CODE_ATTEMPTS_PER_HOUR = "limits.code-attempts-per-hour";

    private final VerificationSettings defaults;
    private final Thresholds thresholds;

    VerificationThresholds(VerificationSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(
                Threshold.integer("verification", VALIDITY_DAYS, defaults.validity().toDays(), 1, 3650),
                Threshold.integer("limits", CODE_ATTEMPTS_PER_HOUR, defaults.codeAttemptsPerHour(), 1, 1000));
    }

    Duration validity() {
        return Duration.ofDays(thresholds.integer(VALIDITY_DAYS));
    }

    int codeAttemptsPerHour() {
        return thresholds.integer(CODE_ATTEMPTS_PER_HOUR);
    }
}
