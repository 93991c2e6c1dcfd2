package fr.sensiblecity.drafts;

import java.util.Locale;

/** A recommendation is written, put to a secret vote, then closed with its tally. */
public enum RecommendationState {
    PROPOSED,
    VOTING,
    CLOSED;

    public String labelKey() {
        return "drafts.recommendationState." + name().toLowerCase(Locale.ROOT);
    }
}
