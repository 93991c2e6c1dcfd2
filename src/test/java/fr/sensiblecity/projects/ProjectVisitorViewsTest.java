package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** A visitor lists projects, filters them and reads a project's page, without signing in. */
@MariaDbTest
@WithAnonymousUser
class ProjectVisitorViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long project;

    @BeforeEach
    void aProject() {
        Authentication visitor = SecurityContextHolder.getContext().getAuthentication();
        database.wipe();
        project = fixtures.project(fixtures.commune("Valbrume", 860, true), "Tiers-lieu de Valbrume", "third-places",
                new BigDecimal("10000"));
        SecurityContextHolder.getContext().setAuthentication(visitor);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    private java.util.List<Article> cards() {
        return $(Article.class).withClassName("sc-tile").all();
    }

    @Test
    void a_visitor_lists_projects_as_cards_with_their_funding_progress_and_filters_them_by_phase() {
        navigate("projects", Component.class);
        assertThat(cards()).hasSize(1);
        Article card = cards().getFirst();
        assertThat(card.getId()).contains("project-" + project);
        assertThat(card.getElement().getTextRecursively()).contains("Étude", "Tiers-lieu de Valbrume", "Valbrume",
                "0 %", "réunis sur 10");
        ProgressBar bar = $(ProgressBar.class).single();
        assertThat(bar.getElement().getAttribute("aria-label")).isEqualTo("Part financée du projet « Tiers-lieu de Valbrume »");
        assertThat($(Anchor.class).all()).noneMatch(anchor -> "promote-ideas".equals(anchor.getId().orElse("")));
        test($(Select.class).id("projects-phase")).selectItem("Expérimentation");
        assertThat(cards()).isEmpty();
        assertThat($(Paragraph.class).withText("Aucun projet ne correspond à ces filtres.").single().isVisible()).isTrue();
    }

    @Test
    void a_visitor_reads_where_a_project_stands_and_its_funding() {
        navigate("projects/" + project, Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Tiers-lieu de Valbrume");
        assertThat($(Span.class).id("project-phase").getText()).isEqualTo("Étude");
        assertThat($(Paragraph.class).id("funding-summary").getText().replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("0,00 € acquis sur un budget de 10 000,00 € (Non financé)");
        assertThat($(Anchor.class).all()).noneMatch(anchor -> "manage-project".equals(anchor.getId().orElse("")));
    }

    @Test
    void a_visitor_who_opens_a_staff_page_is_sent_to_sign_in() {
        navigate("projects/manage/" + project, Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Connexion");
    }
}
