package fr.sensiblecity.residents;

import org.jspecify.annotations.Nullable;

/** What a resident shows of themselves and declares for panels. */
public record Profile(String displayName, @Nullable AgeBand ageBand, @Nullable Long districtId, String language) {
}
