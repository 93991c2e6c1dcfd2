package fr.sensiblecity.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.ideas.cards.IdeaTile;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.ShownText;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page shows what happens in the chosen territory, and remembers the choice. */
@MariaDbTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    CleanDatabase database;

    /** Territories are not wiped between tests: names of this run's own. */
    static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);

    TerritorySummary valbrume;
    TerritorySummary bellerive;
    long bikes;

    @BeforeEach
    void twoCommunesWithIdeas() {
        database.wipe();
        Actors.system();
        valbrume = territories.createTerritory(new TerritoryForm("Valbrume-" + RUN, "99102", 640, 2023, true, List.of()));
        bellerive = territories.createTerritory(new TerritoryForm("Bellerive-" + RUN, "99103", 5200, 2023, false,
                List.of("Centre")));
        long mobility = territories.listThemes().stream().filter(theme -> theme.code().equals("mobility")).findFirst()
                .orElseThrow().id();
        Actors.resident(residents.signIn("demo", "camille", "Camille").id());
        bikes = ideas.submitIdea(new IdeaForm("Des vélos partagés au bourg de Valbrume", "Une station de vélos près de "
                + "la mairie.", mobility, valbrume.id(), null));
        ideas.submitIdea(new IdeaForm("Une navette vers la gare de Bellerive", "Une navette le samedi matin vers la gare.",
                mobility, bellerive.id(), null));
        for (String name : List.of("dominique", "eliott")) {
            Actors.resident(residents.signIn("demo", name, name).id());
            supports.support(bikes);
        }
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_visitor_sees_the_whole_platform_then_chooses_a_territory_which_is_remembered() {
        // The mocked UI opened the home page before the data existed; Vaadin keeps a page it navigates to again.
        navigate("ideas", Component.class);
        navigate("", Component.class);
        assertThat($(H1.class).id("home-title").getText()).isEqualTo("Ce qui se passe près de chez vous");
        assertThat(figure("ideas")).isEqualTo("2 idées");
        assertThat(figure("supports")).isEqualTo("2 soutiens");
        assertThat(figure("members")).isEqualTo("0 membre de panel citoyen");
        assertThat(figure("pledged")).startsWith("0");
        assertThat(ShownText.of($(IdeaTile.class).id("home-mature-card-" + bikes).getElement()))
                .contains("Des vélos partagés au bourg de Valbrume", "2 / 10 soutiens");
        assertThat(section("home-panels")).contains("Aucun panel ne recrute en ce moment.");
        assertThat(section("home-projects")).contains("Aucun projet pour l'instant.");

        @SuppressWarnings("unchecked")
        Select<TerritorySummary> choice = $(Select.class).id("home-territory");
        choice.setValue(choice.getListDataView().getItems().filter(item -> item.id() == bellerive.id()).findFirst()
                .orElseThrow());
        assertThat($(H1.class).id("home-title").getText()).isEqualTo("Ce qui se passe à Bellerive-" + RUN);
        assertThat(figure("ideas")).isEqualTo("1 idée");
        assertThat(section("home-mature")).contains("Une navette vers la gare de Bellerive").doesNotContain("vélos");

        navigate("ideas", Component.class);
        navigate("", Component.class);
        assertThat($(H1.class).id("home-title").getText()).isEqualTo("Ce qui se passe à Bellerive-" + RUN);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("browse-ideas").getHref())
                .isEqualTo("ideas?territory=" + bellerive.id());
    }

    private String figure(String id) {
        return $(Div.class).id("home-figure-" + id).getElement().getTextRecursively().replace("\u00a0", " ")
                .replaceFirst("^(\\d+)", "$1 ");
    }

    private String section(String id) {
        return ShownText.of($(Section.class).id(id).getElement());
    }
}
