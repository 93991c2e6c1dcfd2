package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.ui.ReadableGrid;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail reads in the reader's language: actions, what they concerned, phases and amounts. */
@MariaDbTest
@SignedInAs(name = "Adrien", roles = Role.ADMINISTRATOR)
class AuditPageViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void threeEntries() {
        transactions.executeWithoutResult(status -> {
            audit.append(null, "OPEN_CAMPAIGN", "PROJECT", 7, AuditDetails.of().amount(new BigDecimal("10000.00")));
            audit.append(null, "PANEL_PHASE", "PANEL", 3, AuditDetails.of().label(PanelPhase.RECRUITING.labelKey()));
            audit.append(null, "CREATE_PROGRAMME", "PROGRAMME", 2, AuditDetails.of().text("FEDER").text("Fonds vert")
                    .text("Green fund").label("audit.value.noLimit").label("common.yes").amount(new BigDecimal("250000.00"))
                    .percent(new BigDecimal("0.3")).amount(new BigDecimal("20000.00")));
        });
    }

    @Autowired
    fr.sensiblecity.residents.ResidentService residents;

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_french_page_shows_phases_amounts_and_targets_in_french() {
        navigate("admin/audit", Component.class);
        Grid<?> grid = $(Grid.class).id("audit-grid");
        assertThat(cell(grid, 0, 1).getFirst()).isEqualTo("Programme créé · programme n° 2");
        assertThat(cell(grid, 0, 1).getLast()).isEqualTo("FEDER « Fonds vert » (en anglais « Green fund ») : "
                + "population maximale de la commune : sans limite ; commune rurale exigée : Oui ; pot d'abondement "
                + "250\u202f000,00\u00a0€ ; part des habitants 30\u00a0% ; plafond par projet 20\u202f000,00\u00a0€");
        assertThat(cell(grid, 1, 1).getFirst()).isEqualTo("Panel : changement de phase · panel n° 3");
        assertThat(cell(grid, 1, 1).getLast()).isEqualTo("Nouvelle phase : Recrutement des volontaires");
        assertThat(cell(grid, 2, 1).getLast()).isEqualTo("Objectif : 10\u202f000,00\u00a0€").doesNotContain("10000.00");
        assertThat(cell(grid, 0, 0).get(1)).matches(".*\\d{4}.*");
        assertThat(cell(grid, 0, 0).get(2)).isEqualTo("La plateforme (automatique)");
        assertThat(grid.getThemeNames()).contains(ReadableGrid.WRAP_THEME);
    }

    @Test
    void a_role_granted_reads_as_the_roles_name_in_the_readers_language_not_its_constant() {
        long someone = residents.signIn("demo", "roland-" + System.nanoTime(), "Roland").id();
        residents.grantRole(someone, Role.MODERATOR);
        navigate("admin/audit", Component.class);
        Grid<?> grid = $(Grid.class).id("audit-grid");
        assertThat(cell(grid, 0, 1).getFirst()).startsWith("Rôle accordé");
        assertThat(cell(grid, 0, 1).getLast()).isEqualTo("Rôle : Modérateur");
    }

    @Test
    void the_english_page_shows_them_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("admin/audit", Component.class);
        Grid<?> grid = $(Grid.class).id("audit-grid");
        assertThat(cell(grid, 1, 1).getFirst()).isEqualTo("Panel: phase changed · panel no. 3");
        assertThat(cell(grid, 1, 1).getLast()).isEqualTo("New phase: Recruiting volunteers");
        assertThat(cell(grid, 2, 1).getLast()).isEqualTo("Target: €10,000.00");
    }

    /** The lines of a cell: each column stacks its lines (number, date, who; action, details). */
    private java.util.List<String> cell(Grid<?> grid, int row, int column) {
        return test(grid).getCellComponent(row, column).getChildren().map(line -> line.getElement().getText()).toList();
    }
}
