package fr.sensiblecity.drafts;

import java.util.Locale;

/** How far the authority has carried out a recommendation it answered. */
public enum Implementation {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    ABANDONED;

    public String labelKey() {
        return "drafts.implementation." + name().toLowerCase(Locale.ROOT);
    }
}
