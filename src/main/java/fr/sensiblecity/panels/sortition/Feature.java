package fr.sensiblecity.panels.sortition;

import java.util.Comparator;
import java.util.Objects;

/**
 * One value of a category, such as "age band = 16-29". It carries its category because the same word ("other")
 * may be a value of several categories.
 */
public record Feature(Category category, String value) implements Comparable<Feature> {

    private static final Comparator<Feature> ORDER =
            Comparator.comparing(Feature::category).thenComparing(Feature::value);

    public Feature {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A feature of " + category + " needs a value");
        }
    }

    public static Feature of(String category, String value) {
        return new Feature(new Category(category), value);
    }

    @Override
    public int compareTo(Feature other) {
        return ORDER.compare(this, other);
    }

    /** {@code category=value}: the form used in messages and in the published ticket list. */
    @Override
    public String toString() {
        return category.name() + "=" + value;
    }
}
