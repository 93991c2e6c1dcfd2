package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A moderator promotes an idea and manages funding through the pages. */
@MariaDbTest
@SignedInAs(name = "Morgane", roles = Role.MODERATOR)
class ProjectViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectService projects;

    @Autowired
    FundingService funding;

    @Autowired
    IdeaService ideas;

    TerritorySummary valbrume;
    long idea;

    @BeforeEach
    void aMatureIdea() {
        Authentication morgane = SecurityContextHolder.getContext().getAuthentication();
        valbrume = fixtures.commune("Valbrume", 860, true);
        idea = fixtures.matureIdea(fixtures.resident("alice"), valbrume, "Un tiers-lieu dans l'ancienne poste");
        SecurityContextHolder.getContext().setAuthentication(morgane);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_moderator_promotes_a_mature_idea_from_the_promotion_page() {
        com.vaadin.flow.component.UI.getCurrent().navigate("projects/new",
                com.vaadin.flow.router.QueryParameters.of("idea", Long.toString(idea)));
        assertThat(test($(Grid.class).id("promote-ideas-grid")).getSelected()).hasSize(1);
        assertThat($(TextField.class).id("project-title").getValue()).isEqualTo("Un tiers-lieu dans l'ancienne poste");
        test($(TextField.class).id("project-title")).setValue("Tiers-lieu de Valbrume");
        test($(Select.class).id("project-holder-type")).selectItem("Commune");
        test($(TextField.class).id("project-holder-name")).setValue("Mairie de Valbrume");
        test($(TextField.class).id("project-budget")).setValue("12 500");
        $(com.vaadin.flow.component.textfield.TextArea.class).id("project-summary")
                .setValue("Un tiers-lieu : espace partagé, services publics en ligne, café associatif.");
        test($(Button.class).id("promote-create")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Le projet est créé.");
        assertThat($(H1.class).first().getText()).isEqualTo("Tiers-lieu de Valbrume");
        assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.ACCEPTED);
        assertThat(projects.browse(ProjectQuery.all(), 0, 5)).singleElement()
                .satisfies(card -> assertThat(card.budget()).isEqualByComparingTo("12500"));

        navigate("ideas/" + idea, Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("idea-project-link").getText())
                .isEqualTo("Cette idée est devenue le projet « Tiers-lieu de Valbrume »");
    }

    @Test
    void a_mature_ideas_page_offers_moderators_to_promote_it() {
        navigate("ideas/" + idea, Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("promote-idea").getHref())
                .isEqualTo("projects/new?idea=" + idea);
    }

    @Test
    void a_funding_line_typed_in_french_shows_on_the_public_page_and_a_bad_amount_changes_nothing() {
        long project = promoted();
        navigate("projects/manage/" + project, Component.class);
        test($(TextField.class).id("line-source")).setValue("Région Nouvelle-Aquitaine");
        test($(Select.class).id("line-type")).selectItem("Région");
        test($(TextField.class).id("line-amount")).setValue("douze mille");
        test($(Button.class).id("add-line")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ce montant n'est pas un nombre.");
        assertThat(funding.plan(project).lines()).isEmpty();

        test($(TextField.class).id("line-amount")).setValue("6 000,50");
        test($(Button.class).id("add-line")).click();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test($(Grid.class).id("funding-lines"))
                .getCellComponent(0, 4);
        test((Button) actions.getComponentAt(0)).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("C'est fait.");

        navigate("projects/" + project, Component.class);
        assertThat(plain($(Paragraph.class).id("funding-summary").getText()))
                .isEqualTo("6 000,50 € acquis sur un budget de 10 000,00 € (Partiellement financé)");
        assertThat(test($(Grid.class).id("funding-lines")).getCellText(0, 2)).isEqualTo("6\u202f000,50\u00a0€");
    }

    @Test
    void a_requested_line_is_corrected_from_the_management_page_and_a_committed_one_offers_no_correction() {
        long project = promoted();
        long line = funding.addLine(project, "Region N-A", SourceType.OTHER, new BigDecimal("600"));
        navigate("projects/manage/" + project, Component.class);
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test($(Grid.class).id("funding-lines"))
                .getCellComponent(0, 4);
        Button correct = (Button) actions.getComponentAt(2);
        assertThat(correct.getId()).contains("line-" + line + "-correct");
        assertThat(correct.getText()).isEqualTo("Corriger");
        assertThat(correct.getAriaLabel()).contains("Corriger la ligne Region N-A");
        test(correct).click();
        assertThat($(TextField.class).id("correct-amount").getValue()).isEqualTo("600,00");

        test($(TextField.class).id("correct-source")).setValue("Région Nouvelle-Aquitaine");
        test($(Select.class).id("correct-type")).selectItem("Région");
        test($(TextField.class).id("correct-amount")).setValue("-5");
        test($(Button.class).id("save-correction")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Le montant doit être supérieur à zéro.");
        assertThat(funding.plan(project).lines().getFirst().sourceName()).isEqualTo("Region N-A");

        test($(TextField.class).id("correct-amount")).setValue("6 000,50");
        test($(Button.class).id("save-correction")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("C'est fait.");
        FundingPlan.Line corrected = funding.plan(project).lines().getFirst();
        assertThat(corrected.sourceName()).isEqualTo("Région Nouvelle-Aquitaine");
        assertThat(corrected.sourceType()).isEqualTo(SourceType.REGION);
        assertThat(corrected.amount()).isEqualByComparingTo("6000.50");
        assertThat(test($(Grid.class).id("funding-lines")).getCellText(0, 2)).isEqualTo("6\u202f000,50\u00a0€");

        funding.moveLine(line, LineStatus.COMMITTED);
        navigate("projects/manage/" + project, Component.class);
        var committed = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test($(Grid.class)
                .id("funding-lines")).getCellComponent(0, 4);
        assertThat(committed.getChildren().map(button -> button.getId().orElse("")))
                .doesNotContain("line-" + line + "-correct").isNotEmpty();
    }

    private long promoted() {
        Authentication morgane = SecurityContextHolder.getContext().getAuthentication();
        long project = projects.promote(java.util.List.of(idea), fixtures.form(valbrume, "Tiers-lieu de Valbrume",
                "third-places", new BigDecimal("10000")), "Cette idée devient un projet expérimental.");
        SecurityContextHolder.getContext().setAuthentication(morgane);
        return project;
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
