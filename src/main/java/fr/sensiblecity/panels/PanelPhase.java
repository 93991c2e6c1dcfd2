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
    CLOSED
}
