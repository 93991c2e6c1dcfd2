package fr.sensiblecity.moderation;

import fr.sensiblecity.thresholds.Threshold;
import fr.sensiblecity.thresholds.ThresholdCatalog;
import fr.sensiblecity.thresholds.Thresholds;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reports that hide content, one number for every kind of text; and how old an account must be to support or
 * comment ({@link NewAccounts}); and how many links a comment may hold before it waits for a moderator
 * ({@link LinkScreening}). Its key keeps the name it had when only ideas
 * could be reported, so that a value administrators stored then still applies.
 */
@Component
@Order(5)
public class ModerationThresholds implements ThresholdCatalog {

    static final String REPORTS_TO_HIDE = "ideas.reports-to-hide";
    static final String NEW_ACCOUNT_HOURS = "moderation.new-account-hours";
    static final String LINKS_BEFORE_REVIEW = "moderation.links-before-review";

    private final ModerationSettings defaults;
    private final Thresholds thresholds;

    ModerationThresholds(ModerationSettings defaults, Thresholds thresholds) {
        this.defaults = defaults;
        this.thresholds = thresholds;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Threshold.integer("moderation", REPORTS_TO_HIDE, defaults.reportsToHide(), 1, 100),
                Threshold.integer("moderation", NEW_ACCOUNT_HOURS, defaults.newAccountHours(), 0, 24 * 30),
                Threshold.integer("moderation", LINKS_BEFORE_REVIEW, defaults.linksBeforeReview(), 0, 1000));
    }

    /** How many links a comment may hold and still show at once; one more and it waits for a moderator. */
    public int linksBeforeReview() {
        return thresholds.integer(LINKS_BEFORE_REVIEW);
    }

    /** How old, in hours, an account must be to support an idea or comment; 0: any account. */
    public int newAccountHours() {
        return thresholds.integer(NEW_ACCOUNT_HOURS);
    }

    public int reportsToHide() {
        return thresholds.integer(REPORTS_TO_HIDE);
    }
}
