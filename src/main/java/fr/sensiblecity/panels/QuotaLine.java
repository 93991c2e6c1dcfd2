package fr.sensiblecity.panels;

/** One feature of a stratification category and how many panel members must have it: {@code min..max}. */
public record QuotaLine(String category, String feature, int min, int max) {
}
