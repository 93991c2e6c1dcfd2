package fr.sensiblecity.projects;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.Thresholds;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a new funding programme starts with on /admin/programmes (crowd share and per-project cap), which
 * administrators change on /admin/thresholds. Defaults: {@code sensible.projects.*}.
 */
@Component
@Order(40)
public class ProjectThresholds implements ThresholdCatalog {

    static final String CROWD_SHARE = "projects.programme-crowd-share-percent";
    static final String PROJECT_CAP = "projects.programme-project-cap";

    private final ProjectSettings defaults;
    private final Thresholds thresholds;

    ProjectThresholds(ProjectSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(
                Threshold.integer("projects", CROWD_SHARE, defaults.programmeCrowdSharePercent(), 1, 99),
                Threshold.decimal("projects", PROJECT_CAP, defaults.programmeProjectCap(), BigDecimal.ZERO,
                        defaults.largestAmount()));
    }

    /** A new programme's crowd share, in percent. */
    public int programmeCrowdSharePercent() {
        return thresholds.integer(CROWD_SHARE);
    }

    public BigDecimal programmeProjectCap() {
        return thresholds.decimal(PROJECT_CAP);
    }
}
