package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.ideas.cards.IdeaTile;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.ShownText;
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
    void a_comment_with_many_links_is_marked_awaiting_moderation_for_its_author_and_absent_for_others() {
        var camille = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        navigate("ideas/" + othersIdea, Component.class);
        test($(TextArea.class).id("comment-body")).setValue(LinkScreeningTest.THREE_LINKS);
        test($(Button.class).id("send-comment")).click();
        String discussion = $(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("comments").getElement().getTextRecursively();
        assertThat(discussion).contains("En attente de modération : ce commentaire contient plusieurs liens ; vous seul "
                + "le voyez jusqu'à ce qu'un modérateur l'approuve.");
        assertThat($(Html.class).all()).as("its author reads the text").anyMatch(html -> html.getInnerHtml()
                .contains("Moins cher sur"));

        Actors.resident(fixtures.resident("dominique"));
        navigate("ideas/" + othersIdea, Component.class);
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("comments").getElement()
                .getTextRecursively()).doesNotContain("En attente de modération").doesNotContain("Camille");
        assertThat($(Html.class).all()).noneMatch(html -> html.getInnerHtml().contains("Moins cher sur"));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(camille);
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
    void an_invisible_title_or_broken_text_is_explained_and_nothing_is_published() {
        navigate("ideas/write", Component.class);
        test($(Select.class).id("idea-theme")).selectItem("Mobilité");
        test($(Select.class).id("idea-territory")).selectItem("Valbrume");
        test($(TextArea.class).id("idea-description")).setValue("Une autre station de vélos partagés, à la gare.");
        test($(TextField.class).id("idea-title")).setValue("\u00a0\u2028\u2029\u0085\u200b\u202e\u00a0");
        test($(Button.class).id("submit-idea")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Le titre doit compter entre 5 et 120 caractères.");

        test($(TextField.class).id("idea-title")).setValue("Vélos partagés pour la gare");
        test($(TextArea.class).id("idea-description")).setValue("Une autre station de v\uD83Dlos partagés, à la gare.");
        test($(Button.class).id("submit-idea")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ce texte contient un caractère incomplet");

        assertThat(ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 10)).hasSize(1);
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
    void the_list_shows_ideas_as_cards_with_their_way_to_maturity() {
        navigate("ideas", Component.class);
        Div list = $(Div.class).id("ideas-list");
        assertThat(list.getChildren()).hasSize(1);
        IdeaTile card = $(IdeaTile.class).id("idea-card-" + othersIdea);
        // The card's text is written as HTML for the browser: read it as the browser does.
        org.jsoup.nodes.Element shown = ShownText.written(card.getElement());
        assertThat(shown.select("a.sc-card-link").text()).isEqualTo("Des vélos partagés au bourg");
        assertThat(shown.select("a.sc-card-link").attr("href")).isEqualTo("ideas/" + othersIdea);
        // The excerpt is plain text: no Markdown marks, and no script.
        assertThat(shown.select("p.sc-card-excerpt").text())
                .isEqualTo("Une station de vélos partagés près de la mairie, pour tous. <script>alert('x')</script>");
        assertThat(shown.select("script")).isEmpty();
        assertThat(shown.select("span.sc-card-supports").text()).matches("0 / 13 soutiens · 36[45] jours restants");
        assertThat(card.ideaId()).isEqualTo(othersIdea);
        assertThat($(Button.class).all()).noneMatch(button -> "ideas-more".equals(button.getId().orElse("")));
    }

    @Test
    void active_filters_show_as_chips_that_remove_them() {
        navigate("ideas", Component.class);
        test($(TextField.class).id("ideas-search")).setValue("navette");
        assertThat($(Div.class).id("ideas-list").getChildren()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("ideas-empty").isVisible()).isTrue();
        assertThat($(Button.class).id("ideas-filter-toggle").getText()).isEqualTo("Filtrer (1)");
        Button chip = $(Button.class).withClassName("sc-chip").first();
        assertThat(chip.getText()).isEqualTo("Rechercher : navette");
        assertThat(chip.getAriaLabel()).contains("Retirer le filtre Rechercher : navette");
        test(chip).click();
        assertThat($(TextField.class).id("ideas-search").getValue()).isEmpty();
        assertThat($(Div.class).id("ideas-list").getChildren()).hasSize(1);
        assertThat($(Button.class).withClassName("sc-chip").all()).isEmpty();
        assertThat($(Button.class).id("ideas-filter-toggle").getText()).isEqualTo("Filtrer");

        @SuppressWarnings("unchecked")
        Select<TerritorySummary> territory = $(Select.class).id("ideas-territory");
        territory.setValue(territory.getListDataView().getItems().filter(item -> item.id() == commune.id()).findFirst()
                .orElseThrow());
        assertThat($(Button.class).withClassName("sc-chip").first().getText()).startsWith("Territoire : ");
        test($(Button.class).withClassName("sc-chip").first()).click();
        assertThat(territory.getValue()).isNull();
        assertThat($(Button.class).withClassName("sc-chip").all()).isEmpty();
    }

    @Test
    void see_more_reads_the_next_page() {
        for (int i = 0; i < 13; i++) {
            Actors.resident(fixtures.resident("author" + i));
            ideas.submitIdea(new IdeaForm("Une idée numéro " + i, "Une description assez longue numéro " + i,
                    fixtures.theme("mobility"), commune.id(), null));
        }
        Actors.clear();
        navigate("ideas", Component.class);
        assertThat($(IdeaTile.class).all()).hasSize(12);
        test($(Button.class).id("ideas-more")).click();
        assertThat($(IdeaTile.class).all()).hasSize(14);
        assertThat($(Button.class).all()).noneMatch(button -> "ideas-more".equals(button.getId().orElse("")));
    }
}
