package fr.sensiblecity.panels.sortition;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A volunteer of the pool, known by an id and one feature per category. */
public record Respondent(String id, Map<Category, Feature> features) {

    public Respondent {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A respondent needs an id");
        }
        if (id.chars().anyMatch(Character::isISOControl) || !id.strip().equals(id)) {
            // The published ticket list has one id per line; a line break or edge space would make it ambiguous.
            throw new IllegalArgumentException("The id '" + id + "' has a control character or an edge space");
        }
        features.forEach((category, feature) -> {
            if (!feature.category().equals(category)) {
                throw new IllegalArgumentException("Respondent " + id + ": " + feature + " is not a feature of "
                        + category);
            }
        });
        // Sorted, so that two respondents with the same features have equal maps and print alike.
        features = Collections.unmodifiableMap(new TreeMap<>(features));
    }

    /** A respondent from {@code category=value} pairs, e.g. {@code of("r1", "gender", "female", "age", "16-29")}. */
    public static Respondent of(String id, String... categoryValuePairs) {
        if (categoryValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("Give categories and values in pairs");
        }
        Map<Category, Feature> features = new TreeMap<>();
        for (int i = 0; i < categoryValuePairs.length; i += 2) {
            Feature feature = Feature.of(categoryValuePairs[i], categoryValuePairs[i + 1]);
            features.put(feature.category(), feature);
        }
        return new Respondent(id, features);
    }

    public Feature featureIn(Category category) {
        Feature feature = features.get(category);
        if (feature == null) {
            throw new IllegalArgumentException("Respondent " + id + " has no " + category);
        }
        return feature;
    }

    public boolean has(Feature feature) {
        return feature.equals(features.get(feature.category()));
    }
}
