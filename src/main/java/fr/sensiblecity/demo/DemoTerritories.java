package fr.sensiblecity.demo;

import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Five fictional communes: two under 2,000 inhabitants, one town with districts. Codes starting with 99 are
 * never given to French communes, so the demo cannot be mistaken for a real place.
 */
@Component
@Profile("demo")
@Order(1)
class DemoTerritories implements ApplicationRunner {

    static final List<TerritoryForm> COMMUNES = List.of(
            new TerritoryForm("Saint-Aubin-sur-Sorne", "99101", 1240, 2023, true, List.of()),
            new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of()),
            new TerritoryForm("Montclair-les-Vignes", "99103", 3450, 2023, true, List.of()),
            new TerritoryForm("Sornac-le-Bourg", "99104", 5920, 2023, true, List.of()),
            new TerritoryForm("Bellerive-sur-Sorne", "99105", 18700, 2023, false,
                    List.of("Centre-ville", "Les Tilleuls", "La Gare", "Le Plateau")));

    private final TerritoryService territories;

    DemoTerritories(TerritoryService territories) {
        this.territories = territories;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!territories.listTerritories().isEmpty()) {
            return;
        }
        SystemTask.runAsAdministrator("demo-territories", () -> COMMUNES.forEach(territories::createTerritory));
    }
}
