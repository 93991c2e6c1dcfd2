package fr.sensiblecity.panels;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A commune with two districts, residents, and panels over gender and district, for the panels tests. */
@Component
class PanelFixtures {

    private final TerritoryService territories;
    private final ResidentService residents;
    private final PanelService panels;

    PanelFixtures(TerritoryService territories, ResidentService residents, PanelService panels) {
        this.territories = territories;
        this.residents = residents;
        this.panels = panels;
    }

    TerritorySummary commune() {
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Bellerive-sur-Sorne", "99103", 5400,
                2023, false, List.of("Le Bourg", "Les Hameaux")));
        Actors.clear();
        return commune;
    }

    long resident(String name) {
        return residents.signIn("demo", name, name).id();
    }

    /** A panel of {@code size} with gender and district quotas, each feature taking between 1 and size - 1 seats. */
    PanelForm form(TerritorySummary commune, int size) {
        return new PanelForm("Comment rendre le bourg plus sûr pour les vélos ?", "Conseil municipal de Bellerive",
                commune.id(), size, 1, null, null, List.of(
                        new QuotaLine("gender", "female", 1, size - 1), new QuotaLine("gender", "male", 1, size - 1),
                        new QuotaLine("district", "Le Bourg", 1, size - 1),
                        new QuotaLine("district", "Les Hameaux", 1, size - 1)),
                List.of(new SessionLine(LocalDateTime.of(2027, 1, 9, 10, 0), "Salle des fêtes", "Accueil")));
    }

    /** A panel in RECRUITING, made by a facilitator, who stays signed out afterwards. */
    long recruitingPanel(TerritorySummary commune, int size, long facilitator) {
        Actors.resident(facilitator, Role.FACILITATOR);
        long id = panels.createPanel(form(commune, size));
        panels.advance(id, PanelPhase.RECRUITING);
        Actors.clear();
        return id;
    }

    static Map<String, String> features(String gender, String district) {
        return Map.of("gender", gender, "district", district);
    }
}
