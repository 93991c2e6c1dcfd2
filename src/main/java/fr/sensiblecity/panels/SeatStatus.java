package fr.sensiblecity.panels;

import java.util.Locale;

/** Where a drawn person's seat stands. */
public enum SeatStatus {
    /** Drawn onto the panel; the person has not answered yet. */
    OFFERED,
    ACCEPTED,
    DECLINED,
    /** Drawn as a reserve: called on only if the facilitators need to. */
    RESERVE;

    public String labelKey() {
        return "panel.seat." + name().toLowerCase(Locale.ROOT);
    }
}
