package fr.sensiblecity.panels;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A person's features written {@code category=feature;...} (category order), the form the ticket list uses. */
final class Profiles {

    private Profiles() {
    }

    static String key(Map<String, String> features) {
        return new TreeMap<>(features).entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<String, String> parse(String key) {
        Map<String, String> features = new TreeMap<>();
        if (!key.isEmpty()) {
            Arrays.stream(key.split(";")).map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                    .forEach(pair -> features.put(pair[0], pair[1]));
        }
        return features;
    }
}
