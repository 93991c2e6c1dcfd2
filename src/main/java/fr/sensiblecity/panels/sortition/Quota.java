package fr.sensiblecity.panels.sortition;

import java.util.Objects;

/** How many members of a panel must have a feature: at least {@code min}, at most {@code max}. */
public record Quota(Feature feature, int min, int max) {

    public Quota {
        Objects.requireNonNull(feature, "feature");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("The quota of " + feature + " needs 0 <= min <= max, not min " + min
                    + " and max " + max);
        }
    }

    public static Quota of(String category, String value, int min, int max) {
        return new Quota(Feature.of(category, value), min, max);
    }

    public Category category() {
        return feature.category();
    }

    public boolean admits(int count) {
        return min <= count && count <= max;
    }

    @Override
    public String toString() {
        return feature + " [" + min + ", " + max + "]";
    }
}
