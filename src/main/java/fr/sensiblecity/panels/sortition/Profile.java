package fr.sensiblecity.panels.sortition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The respondents who share exactly the same features. They are interchangeable for every quota, so a fair
 * distribution gives them the same probability, and the solvers count them instead of naming them.
 *
 * @param features  one per category, in category-name order
 * @param memberIds sorted, so that the draw within a profile is reproducible
 */
public record Profile(List<Feature> features, List<String> memberIds) {

    public Profile {
        features = List.copyOf(features);
        memberIds = List.copyOf(memberIds);
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("A profile has at least one member");
        }
    }

    /** {@code age=16-29;gender=female}: how the profile is named in the published ticket list. */
    public String key() {
        return features.stream().map(Feature::toString).collect(Collectors.joining(";"));
    }

    public int size() {
        return memberIds.size();
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
