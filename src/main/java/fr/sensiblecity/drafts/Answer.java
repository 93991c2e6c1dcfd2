package fr.sensiblecity.drafts;

import java.util.Locale;

/** The authority's public answer to a recommendation. */
public enum Answer {
    ACCEPTED,
    PARTLY,
    REJECTED;

    public String labelKey() {
        return "drafts.answer." + name().toLowerCase(Locale.ROOT);
    }
}
