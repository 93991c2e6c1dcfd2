package fr.sensiblecity.territories;

import java.util.List;

/** A territory as other modules and views see it. */
public record TerritorySummary(long id, String name, String officialCode, int population, int populationYear,
        boolean rural, List<DistrictRef> districts) {
}
