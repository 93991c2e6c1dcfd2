package fr.sensiblecity.panels.sortition;

/** A panel of a distribution and its chance of being the one drawn. */
public record WeightedPanel(Composition composition, double probability) {
}
