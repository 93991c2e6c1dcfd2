package fr.sensiblecity.drafts;

import java.util.Locale;

/**
 * Where a draft stands. Participants amend it while {@code WRITING}; it is published for public comment during
 * {@code CONSULTATION}; in {@code DELIBERATION} the participants read the comments, amend it one last time and
 * vote the recommendations; {@code CLOSED} ends the process (answers may still be recorded).
 */
public enum DraftPhase {
    WRITING,
    CONSULTATION,
    DELIBERATION,
    CLOSED;

    public boolean amendable() {
        return this == WRITING || this == DELIBERATION;
    }

    /** Before consultation a draft is the participants' working text; from then on anyone may read it. */
    public boolean published() {
        return this != WRITING;
    }

    public String labelKey() {
        return "drafts.phase." + name().toLowerCase(Locale.ROOT);
    }
}
