package fr.sensiblecity.panels;

import java.util.Map;
import java.util.Optional;

/**
 * The census categories and features the platform proposes for quotas (in French, as stored), with the bundle key
 * that names each in the reader's language; a facilitator's own words have none and are shown as written.
 */
public final class CensusWords {

    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("genre", "gender"),
            Map.entry("femme", "woman"), Map.entry("homme", "man"), Map.entry("âge", "age"),
            Map.entry("diplôme", "degree"), Map.entry("sans diplôme ou brevet", "noDegree"),
            Map.entry("CAP ou BEP", "vocational"), Map.entry("baccalauréat", "baccalaureate"),
            Map.entry("études supérieures", "higher"), Map.entry("quartier", "district"));

    private CensusWords() {
    }

    public static Optional<String> labelKey(String word) {
        return Optional.ofNullable(KEYS.get(word)).map(key -> "panel.census." + key);
    }
}
