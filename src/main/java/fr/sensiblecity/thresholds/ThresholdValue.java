package fr.sensiblecity.thresholds;

/** A threshold with its value now in force and whether an administrator set it (rather than the YAML default). */
public record ThresholdValue(Threshold threshold, String value, boolean set) {
}
