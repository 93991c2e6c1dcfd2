package fr.sensiblecity.projects;

import java.util.Locale;

/** Where a funding line's money comes from. */
public enum SourceType {
    REGION,
    STATE,
    PUBLIC_BANK,
    COMMUNE,
    FOUNDATION,
    CROWDFUNDING,
    OTHER;

    public String labelKey() {
        return "funding.source." + name().toLowerCase(Locale.ROOT);
    }
}
