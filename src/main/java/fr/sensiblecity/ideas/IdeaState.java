package fr.sensiblecity.ideas;

import java.util.Locale;

/** Where an idea stands. Withdrawn and hidden ideas leave the public lists. */
public enum IdeaState {
    PUBLISHED,
    MATURE,
    UNDER_REVIEW,
    ACCEPTED,
    REJECTED,
    MERGED,
    WITHDRAWN,
    HIDDEN;

    /** Supports may be given or withdrawn only while the idea is still gathering them. */
    public boolean acceptsSupport() {
        return this == PUBLISHED || this == MATURE;
    }

    public boolean listed() {
        return this != WITHDRAWN && this != HIDDEN;
    }

    public String labelKey() {
        return "idea.state." + name().toLowerCase(Locale.ROOT);
    }
}
