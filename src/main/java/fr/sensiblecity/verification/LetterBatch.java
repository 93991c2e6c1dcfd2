package fr.sensiblecity.verification;

import java.util.List;

/** Codes just generated for a territory's letters, in clear: the only time they exist so. */
public record LetterBatch(long territoryId, String territoryName, List<String> codes) {

    public LetterBatch {
        codes = List.copyOf(codes);
    }
}
