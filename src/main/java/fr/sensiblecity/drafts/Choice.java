package fr.sensiblecity.drafts;

import java.util.Locale;

/** A ballot's choice. */
public enum Choice {
    FOR,
    AGAINST,
    ABSTAIN;

    public String labelKey() {
        return "drafts.choice." + name().toLowerCase(Locale.ROOT);
    }
}
