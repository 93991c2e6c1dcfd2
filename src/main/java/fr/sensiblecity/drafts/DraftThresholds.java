package fr.sensiblecity.drafts;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.Thresholds;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The drafts' numbers administrators change on /admin/thresholds: the vote rules a new draft opens with (a draft
 * keeps the rules it opened with) and the rate limits of amendments and comments. Defaults: {@code sensible.drafts.*}.
 */
@Component
@Order(20)
public class DraftThresholds implements ThresholdCatalog {

    static final String AMENDMENT_PERCENT = "drafts.amendment-percent";
    static final String AMENDMENT_BASE = "drafts.amendment-base";
    static final String AMENDMENT_STRICT = "drafts.amendment-strict";
    static final String RECOMMENDATION_PERCENT = "drafts.recommendation-percent";
    static final String RECOMMENDATION_BASE = "drafts.recommendation-base";
    static final String AMENDMENTS_PER_HOUR = "limits.amendments-per-hour";
    static final String COMMENTS_PER_MINUTE = "limits.draft-comments-per-minute";
    static final String CONSULTATION_PER_MINUTE = "limits.consultation-comments-per-minute";

    private final DraftSettings defaults;
    private final Thresholds thresholds;

    DraftThresholds(DraftSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(
                Threshold.integer("limits", AMENDMENTS_PER_HOUR, defaults.amendmentsPerHour(), 1, 1000),
                Threshold.integer("limits", COMMENTS_PER_MINUTE, defaults.commentsPerMinute(), 1, 1000),
                Threshold.integer("limits", CONSULTATION_PER_MINUTE, defaults.consultationCommentsPerMinute(), 1, 1000),
                Threshold.integer("drafts", AMENDMENT_PERCENT, defaults.amendmentPercent(), 1, 100),
                Threshold.choice("drafts", AMENDMENT_BASE, defaults.amendmentBase(), VoteBase.values()),
                Threshold.flag("drafts", AMENDMENT_STRICT, defaults.amendmentStrict()),
                Threshold.integer("drafts", RECOMMENDATION_PERCENT, defaults.recommendationPercent(), 50, 100),
                Threshold.choice("drafts", RECOMMENDATION_BASE, defaults.recommendationBase(), VoteBase.values()));
    }

    /** The rule of amendment votes in a draft opened now. */
    public VoteRule amendmentRule() {
        return new VoteRule(thresholds.integer(AMENDMENT_PERCENT), thresholds.choice(AMENDMENT_BASE, VoteBase.class),
                thresholds.flag(AMENDMENT_STRICT));
    }

    /** The rule of recommendation votes in a draft opened now: at least the percentage (never "more than"). */
    public VoteRule recommendationRule() {
        return new VoteRule(thresholds.integer(RECOMMENDATION_PERCENT),
                thresholds.choice(RECOMMENDATION_BASE, VoteBase.class), false);
    }

    int amendmentsPerHour() {
        return thresholds.integer(AMENDMENTS_PER_HOUR);
    }

    int commentsPerMinute() {
        return thresholds.integer(COMMENTS_PER_MINUTE);
    }

    int consultationCommentsPerMinute() {
        return thresholds.integer(CONSULTATION_PER_MINUTE);
    }
}
