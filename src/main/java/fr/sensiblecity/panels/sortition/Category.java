package fr.sensiblecity.panels.sortition;

import java.util.Objects;

/** A stratification category, such as gender, age band, district or education. */
public record Category(String name) implements Comparable<Category> {

    public Category {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A category needs a name");
        }
    }

    @Override
    public int compareTo(Category other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
