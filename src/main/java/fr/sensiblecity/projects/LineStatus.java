package fr.sensiblecity.projects;

import java.util.Locale;
import java.util.Set;

/** A funding line is requested, then committed and received, or refused at any point before receipt. */
public enum LineStatus {
    REQUESTED,
    COMMITTED,
    RECEIVED,
    REFUSED;

    public Set<LineStatus> next() {
        return switch (this) {
            case REQUESTED -> Set.of(COMMITTED, REFUSED);
            case COMMITTED -> Set.of(RECEIVED, REFUSED);
            case RECEIVED, REFUSED -> Set.of();
        };
    }

    /** Counts toward the secured amount. */
    public boolean secured() {
        return this == COMMITTED || this == RECEIVED;
    }

    public String labelKey() {
        return "funding.status." + name().toLowerCase(Locale.ROOT);
    }
}
