package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.thresholds.ThresholdService;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Proposed quotas follow the census shares and the margin administrators set, with their source and year. */
@MariaDbTest
class PanelThresholdsTest {

    @Autowired
    PanelService panels;

    @Autowired
    PanelThresholds panelThresholds;

    @Autowired
    ThresholdService thresholds;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    TerritorySummary commune;
    long fanny;

    @BeforeEach
    void aCommune() {
        database.wipe();
        commune = fixtures.commune();
        fanny = fixtures.resident("fanny");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void proposed_quotas_start_from_the_default_census_then_from_what_administrators_set() {
        Actors.resident(fanny, Role.FACILITATOR);
        assertThat(panels.proposeQuotas(commune.id(), 20)).contains(new QuotaLine("genre", "femme", 9, 12));
        assertThat(panelThresholds.censusSource()).startsWith("INSEE");
        assertThat(panelThresholds.censusYear()).isEqualTo(2021);

        Actors.resident(fixtures.resident("adrien"), Role.ADMINISTRATOR);
        thresholds.change(Map.of("panels.census-shares", "genre; femme; 60\ngenre; homme; 40",
                "panels.quota-tolerance-divisor", "10", "panels.census-source", "Enquête locale", "panels.census-year",
                "2024"));

        Actors.resident(fanny, Role.FACILITATOR);
        assertThat(panels.proposeQuotas(commune.id(), 20)).containsExactly(
                new QuotaLine("genre", "femme", 10, 14), new QuotaLine("genre", "homme", 6, 10),
                new QuotaLine("quartier", "Le Bourg", 8, 12), new QuotaLine("quartier", "Les Hameaux", 8, 12));
        assertThat(panelThresholds.censusSource()).isEqualTo("Enquête locale");
        assertThat(panelThresholds.censusYear()).isEqualTo(2024);
    }
}
