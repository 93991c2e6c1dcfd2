package fr.sensiblecity.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class TerritoryServiceTest {

    static final TerritoryForm VALBRUME = new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of());

    @Autowired
    TerritoryService territories;

    @Autowired
    CleanDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.wipe();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_administrator_creates_a_territory_that_everyone_can_read() {
        Actors.resident(1, Role.ADMINISTRATOR);
        TerritorySummary created = territories.createTerritory(new TerritoryForm("  Bellerive-sur-Sorne ", "99105",
                18700, 2023, false, List.of("Centre-ville", "La Gare", " ", "La Gare")));

        Actors.visitor();
        TerritorySummary read = territories.findTerritory(created.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("Bellerive-sur-Sorne");
        assertThat(read.population()).isEqualTo(18700);
        assertThat(read.rural()).isFalse();
        assertThat(read.districts()).extracting(DistrictRef::name).containsExactly("Centre-ville", "La Gare");
    }

    @Test
    void only_administrators_may_create_or_change_territories() {
        Actors.visitor();
        assertThatThrownBy(() -> territories.createTerritory(VALBRUME)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(1);
        assertThatThrownBy(() -> territories.createTerritory(VALBRUME)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(1, Role.MODERATOR);
        assertThatThrownBy(() -> territories.createTerritory(VALBRUME)).isInstanceOf(AccessDeniedException.class);
        assertThat(territories.listTerritories()).isEmpty();

        Actors.resident(2, Role.ADMINISTRATOR);
        long id = territories.createTerritory(VALBRUME).id();
        Actors.resident(1, Role.MODERATOR);
        assertThatThrownBy(() -> territories.updateTerritory(id, VALBRUME)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_territory_facts_are_refused_with_a_reason_and_nothing_is_saved() {
        Actors.resident(1, Role.ADMINISTRATOR);
        assertRefused(new TerritoryForm("   ", "99102", 860, 2023, true, List.of()), "territory.error.name");
        assertRefused(new TerritoryForm("x".repeat(10_000_000), "99102", 860, 2023, true, List.of()), "territory.error.name");
        assertRefused(new TerritoryForm("Valbrume", "ABCDE", 860, 2023, true, List.of()), "territory.error.code");
        assertRefused(new TerritoryForm("Valbrume", "<script>", 860, 2023, true, List.of()), "territory.error.code");
        assertRefused(new TerritoryForm("Valbrume", "99102", -1, 2023, true, List.of()), "territory.error.population");
        assertRefused(new TerritoryForm("Valbrume", "99102", 860, 2999, true, List.of()), "territory.error.populationYear");
        assertRefused(new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of("d".repeat(81))),
                "territory.error.district");
        assertThat(territories.listTerritories()).isEmpty();

        territories.createTerritory(VALBRUME);
        assertRefused(new TerritoryForm("Autre", "99102", 10, 2023, true, List.of()), "territory.error.codeTaken");
        assertThat(territories.listTerritories()).hasSize(1);
    }

    @Test
    void editing_districts_keeps_the_ones_that_stay_and_removes_the_others() {
        Actors.resident(1, Role.ADMINISTRATOR);
        TerritorySummary town = territories.createTerritory(new TerritoryForm("Bellerive", "99105", 18700, 2023, false,
                List.of("Centre-ville", "La Gare")));
        long gare = town.districts().stream().filter(d -> d.name().equals("La Gare")).findFirst().orElseThrow().id();

        TerritorySummary edited = territories.updateTerritory(town.id(), new TerritoryForm("Bellerive", "99105", 18900,
                2024, false, List.of("La Gare", "Le Plateau")));

        assertThat(edited.population()).isEqualTo(18900);
        assertThat(edited.districts()).extracting(DistrictRef::name).containsExactly("La Gare", "Le Plateau");
        assertThat(edited.districts()).filteredOn(d -> d.name().equals("La Gare")).extracting(DistrictRef::id)
                .containsExactly(gare);
        assertThat(territories.districtExists(gare)).isTrue();
    }

    @Test
    void the_default_themes_exist_and_administrators_add_rename_and_retire_themes() {
        Actors.visitor();
        assertThat(territories.listActiveThemes()).extracting(ThemeSummary::code).contains("public-services",
                "third-places", "mobility", "health", "circular-economy", "zero-waste", "housing-employment",
                "short-food-circuits", "risk-prevention", "culture");
        assertThatThrownBy(() -> territories.createTheme(new ThemeForm("test-water", "Eau", "Water", true)))
                .isInstanceOf(AccessDeniedException.class);

        Actors.resident(1, Role.ADMINISTRATOR);
        ThemeSummary water = territories.createTheme(new ThemeForm("Test-Water ", " Eau ", "Water", true));
        assertThat(water.code()).isEqualTo("test-water");
        assertThat(water.label(java.util.Locale.FRENCH)).isEqualTo("Eau");
        assertThat(water.label(java.util.Locale.ENGLISH)).isEqualTo("Water");

        ThemeSummary retired = territories.updateTheme(water.id(), new ThemeForm("test-renamed", "Eau potable",
                "Drinking water", false));
        assertThat(retired.code()).as("a theme's code never changes").isEqualTo("test-water");
        assertThat(retired.nameEn()).isEqualTo("Drinking water");
        assertThat(territories.listActiveThemes()).extracting(ThemeSummary::code).doesNotContain("test-water");

        assertThatThrownBy(() -> territories.createTheme(new ThemeForm("test-water", "Eau", "Water", true)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("theme.error.codeTaken");
        assertThatThrownBy(() -> territories.createTheme(new ThemeForm("test-<b>", "Eau", "Water", true)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("theme.error.code");
        assertThatThrownBy(() -> territories.createTheme(new ThemeForm("test-empty", " ", "Water", true)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("theme.error.name");
    }

    private void assertRefused(TerritoryForm form, String key) {
        assertThatThrownBy(() -> territories.createTerritory(form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo(key);
    }
}
