package fr.sensiblecity.ideas;

import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import org.springframework.stereotype.Component;

/** A small territory, its themes, and residents, for the ideas tests. */
@Component
class IdeaFixtures {

    private final TerritoryService territories;
    private final ResidentService residents;

    IdeaFixtures(TerritoryService territories, ResidentService residents) {
        this.territories = territories;
        this.residents = residents;
    }

    /** A commune of the given population, with two districts. */
    TerritorySummary commune(int population) {
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valbrume", "99102", population, 2023,
                true, List.of("Le Bourg", "Les Hameaux")));
        Actors.clear();
        return commune;
    }

    /** A second commune, for rules that must stay in their own territory. */
    TerritorySummary otherCommune() {
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Bellerive", "99105", 18700, 2023,
                false, List.of("La Gare")));
        Actors.clear();
        return commune;
    }

    long theme(String code) {
        return territories.listThemes().stream().filter(theme -> theme.code().equals(code)).findFirst().orElseThrow().id();
    }

    long resident(String name) {
        return residents.signIn("demo", name, name).id();
    }

    IdeaForm bikeIdea(TerritorySummary commune) {
        return new IdeaForm("Des vélos partagés au bourg", "Installer une station de vélos partagés près de la mairie "
                + "et de l'école, pour les trajets courts.", theme("mobility"), commune.id(), null);
    }
}
