package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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

    @Test
    void a_visitor_lists_projects_and_filters_them_by_phase() {
        navigate("projects", Component.class);
        Grid<?> grid = $(Grid.class).id("projects-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Étude");
        assertThat($(Anchor.class).all()).noneMatch(anchor -> "promote-ideas".equals(anchor.getId().orElse("")));
        test($(Select.class).id("projects-phase")).selectItem("Expérimentation");
        assertThat(test($(Grid.class).id("projects-grid")).size()).isZero();
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
