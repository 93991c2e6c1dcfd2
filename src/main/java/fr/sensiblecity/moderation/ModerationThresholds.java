package fr.sensiblecity.moderation;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.Thresholds;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reports that hide content, one number for every kind of text. Its key keeps the name it had when only ideas
 * could be reported, so that a value administrators stored then still applies.
 */
@Component
@Order(5)
public class ModerationThresholds implements ThresholdCatalog {

    static final String REPORTS_TO_HIDE = "ideas.reports-to-hide";

    private final ModerationSettings defaults;
    private final Thresholds thresholds;

    ModerationThresholds(ModerationSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Threshold.integer("moderation", REPORTS_TO_HIDE, defaults.reportsToHide(), 1, 100));
    }

    public int reportsToHide() {
        return thresholds.integer(REPORTS_TO_HIDE);
    }
}
