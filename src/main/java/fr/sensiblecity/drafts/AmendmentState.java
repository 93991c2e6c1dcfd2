package fr.sensiblecity.drafts;

import java.util.Locale;

/** Where an amendment stands. */
public enum AmendmentState {
    OPEN,
    VOTING,
    ACCEPTED,
    REJECTED,
    WITHDRAWN;

    public boolean decided() {
        return this == ACCEPTED || this == REJECTED || this == WITHDRAWN;
    }

    public String labelKey() {
        return "drafts.amendmentState." + name().toLowerCase(Locale.ROOT);
    }
}
