package fr.sensiblecity.panels;

/** Where a panel stands; it only moves forward, one phase at a time. */
public enum PanelPhase {
    DRAFT,
    RECRUITING,
    DRAWN,
    LEARNING,
    DELIBERATING,
    CONSULTATION,
    DECIDED,
    ANSWERED,
    CLOSED;

    /** The name a page shows for this phase. */
    public String labelKey() {
        return "panel.phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
