package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names of themes and territories by id, read once per page rather than once per idea. */
final class IdeaLabels {

    private final Map<Long, ThemeSummary> themes;
    private final Map<Long, TerritorySummary> territories;
    private final Locale locale;

    IdeaLabels(TerritoryService service, Locale locale) {
        this.themes = service.listThemes().stream().collect(Collectors.toMap(ThemeSummary::id, Function.identity()));
        this.territories = service.listTerritories().stream()
                .collect(Collectors.toMap(TerritorySummary::id, Function.identity()));
        this.locale = locale;
    }

    String theme(long id) {
        ThemeSummary theme = themes.get(id);
        return theme == null ? "" : theme.label(locale);
    }

    String territory(long id) {
        TerritorySummary territory = territories.get(id);
        return territory == null ? "" : territory.name();
    }

    /** The commune, and its district if any: "Bellerive-sur-Sorne – Centre". */
    String place(long territoryId, @org.jspecify.annotations.Nullable Long districtId) {
        String district = district(territoryId, districtId);
        return territory(territoryId) + (district.isEmpty() ? "" : " – " + district);
    }

    String district(long territoryId, @org.jspecify.annotations.Nullable Long districtId) {
        TerritorySummary territory = territories.get(territoryId);
        if (territory == null || districtId == null) {
            return "";
        }
        return territory.districts().stream().filter(d -> d.id() == districtId).map(d -> d.name()).findFirst().orElse("");
    }
}
