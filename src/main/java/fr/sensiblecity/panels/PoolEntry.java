package fr.sensiblecity.panels;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One person of a panel's pool as facilitators see it: the pool number (the id in the published lottery), the
 * id of the practitioners' file for imported respondents, and the declared features.
 */
public record PoolEntry(String poolId, @Nullable String externalId, boolean fromApp, Map<String, String> features) {
}
