package fr.sensiblecity.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator changes thresholds on their page; a refused value is marked and nothing is saved. */
@MariaDbTest
@SignedInAs(name = "Adèle", roles = Role.ADMINISTRATOR)
class ThresholdsViewTest extends SpringBrowserlessTest {

    @Autowired
    Thresholds thresholds;

    @Autowired
    CleanDatabase database;

    @BeforeEach
    void clean() {
        database.wipe();
    }

    @Test
    void an_administrator_lowers_the_reports_that_hide_content() {
        UI.getCurrent().navigate("admin/thresholds");
        TextField reports = $(TextField.class).id("threshold-ideas-reports-to-hide");
        assertThat(reports.getLabel()).isEqualTo(
                "Signalements d'habitants différents qui masquent un contenu en attendant l'examen");
        assertThat(reports.getHelperText()).isEqualTo("Par défaut : 3 · accepté : de 1 à 100");
        test(reports).setValue("2");
        test($(Button.class).id("thresholds-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Seuils enregistrés : 1 modification(s).");
        assertThat(thresholds.integer("ideas.reports-to-hide")).isEqualTo(2);
        assertThat($(TextField.class).id("threshold-ideas-reports-to-hide").getValue()).isEqualTo("2");
    }

    @Test
    void a_refused_value_is_marked_on_its_field_and_nothing_is_saved() {
        UI.getCurrent().navigate("admin/thresholds");
        test($(TextField.class).id("threshold-limits-supports-per-minute")).setValue("30");
        test($(TextArea.class).id("threshold-panels-census-shares")).setValue("genre; femme; 52\ngenre; homme; 40");
        test($(Button.class).id("thresholds-save")).click();

        TextArea census = $(TextArea.class).id("threshold-panels-census-shares");
        assertThat(census.isInvalid()).isTrue();
        assertThat(census.getErrorMessage()).isEqualTo(
                "Les parts de la catégorie « genre » font 92 % au lieu de 100 %.");
        assertThat(test($(Notification.class).last()).getText()).startsWith(
                "Parts du recensement derrière les quotas proposés : ");
        assertThat(thresholds.integer("limits.supports-per-minute")).isEqualTo(60);
    }
}
