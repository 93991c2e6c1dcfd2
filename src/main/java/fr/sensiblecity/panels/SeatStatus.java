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

    /** The sentence said to the drawn person on the panel's page. */
    public String labelKey() {
        return "panel.seat." + name().toLowerCase(Locale.ROOT);
    }

    /** The short state facilitators read in the run page's table of seats. */
    public String staffLabelKey() {
        return "panelManage.seat." + name().toLowerCase(Locale.ROOT);
    }
}
