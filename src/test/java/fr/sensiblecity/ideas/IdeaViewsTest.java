package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.TerritorySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident writes, finds and supports ideas through the pages, without a browser. */
@MariaDbTest
@SignedInAs(name = "Camille")
class IdeaViewsTest extends SpringBrowserlessTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    IdeaFixtures fixtures;

    TerritorySummary commune;
    long othersIdea;

    @BeforeEach
    void anotherResidentsIdea() {
        var camille = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        commune = fixtures.commune(1240);
        Actors.resident(fixtures.resident("dominique"));
        othersIdea = ideas.submitIdea(new IdeaForm("Des vélos partagés au bourg", "Une station de vélos partagés "
                + "près de la mairie, **pour tous**. <script>alert('x')</script>", fixtures.theme("mobility"),
                commune.id(), null));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(camille);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_resident_writes_an_idea_and_is_shown_similar_ones_first() {
        navigate("ideas/write", Component.class);
        test($(TextField.class).id("idea-title")).setValue("Vélos partagés pour la gare");
        test($(TextArea.class).id("idea-description")).setValue("Une autre station de vélos partagés, à la gare.");
        assertThat($(Div.class).id("similar-ideas").isVisible()).isTrue();
        assertThat($(Div.class).id("similar-ideas").getElement().getTextRecursively()).contains("Des vélos partagés au bourg");

        test($(Select.class).id("idea-theme")).selectItem("Mobilité");
        test($(Select.class).id("idea-territory")).selectItem("Valbrume");
        test($(Button.class).id("submit-idea")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre idée est publiée.");
        assertThat($(H1.class).last().getText()).isEqualTo("Vélos partagés pour la gare");
        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 10)).hasSize(2);
    }

    @Test
    void a_resident_supports_someone_elses_idea_and_sees_the_count_change() {
        navigate("ideas/" + othersIdea, Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Des vélos partagés au bourg");
        assertThat($(Span.class).id("support-count").getText()).isEqualTo("0 soutien");
        test($(Button.class).id("support-button")).click();
        assertThat($(Span.class).id("support-count").getText()).isEqualTo("1 soutien");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Merci, votre soutien est enregistré.");
        assertThat($(Button.class).id("support-button").getText()).isEqualTo("Retirer mon soutien");
    }

    @Test
    void anyone_reads_the_support_chain_head_and_checks_the_chain_again() {
        navigate("ideas/" + othersIdea, Component.class);
        assertThat($(Paragraph.class).id("support-chain-head").getText())
                .isEqualTo("Aucun soutien pour l'instant : la chaîne est vide.");
        test($(Button.class).id("support-button")).click();
        navigate("ideas/" + othersIdea, Component.class);
        String head = $(Paragraph.class).id("support-chain-head").getElement().getTextRecursively();
        assertThat(head).startsWith("Tête de la chaîne après 1 événement, calculée le ");
        assertThat($(com.vaadin.flow.component.html.Code.class).first().getText()).matches("[0-9a-f]{64}");

        test($(Button.class).id("support-chain-check")).click();
        assertThat($(Paragraph.class).id("support-chain-result").getText()).startsWith(
                "Chaîne intacte : les empreintes se suivent jusqu'à la tête publiée ; soutiens rejoués : 1, "
                        + "affichés : 1, enregistrés : 1. Tête : " + $(com.vaadin.flow.component.html.Code.class).first().getText());
    }

    @Test
    void the_description_is_formatted_and_any_script_in_it_is_inert() {
        navigate("ideas/" + othersIdea, Component.class);
        String html = $(Html.class).first().getElement().getOuterHTML();
        assertThat(html).contains("<strong>pour tous</strong>").doesNotContain("<script");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void someone_elses_idea_cannot_be_opened_for_editing() {
        navigate("ideas/write/" + othersIdea, Component.class);
        assertThat($(H1.class).last().getText()).isEqualTo("Accès refusé");
        assertThat($(TextField.class).all()).noneMatch(field -> "idea-title".equals(field.getId().orElse("")));
    }

    @Test
    void the_list_shows_ideas_with_their_supports() {
        navigate("ideas", Component.class);
        Grid<?> grid = $(Grid.class).id("ideas-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("0");
    }
}
