package fr.sensiblecity.panels;

/** A panel moved on to a new phase (by a facilitator, or by its first draw); its followers are told. */
public record PanelPhaseChanged(long panelId, String question, PanelPhase phase) {
}
