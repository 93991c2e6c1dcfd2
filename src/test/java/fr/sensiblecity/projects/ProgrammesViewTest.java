package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.ThemeSummary;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator creates a programme and writes its rules on the programmes page. */
@MariaDbTest
@SignedInAs(name = "Adèle", roles = Role.ADMINISTRATOR)
class ProgrammesViewTest extends SpringBrowserlessTest {

    @Autowired
    FundingService funding;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @BeforeEach
    void clean() {
        database.wipe();
    }

    @Test
    void an_administrator_creates_a_programme_and_writes_its_checklist() {
        UI.getCurrent().navigate("admin/programmes");
        test($(Button.class).id("new-programme")).click();
        test($(TextField.class).id("programme-code")).setValue("test-valleys");
        test($(TextField.class).id("programme-name-fr")).setValue("Fonds des vallées");
        test($(TextField.class).id("programme-name-en")).setValue("Valleys fund");
        test($(TextField.class).id("programme-share")).setValue("40");
        test($(Button.class).id("save-programme")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Programme créé. Vous pouvez maintenant régler ses thèmes et ses critères.");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ThemeSummary> themes = $(MultiSelectComboBox.class).id("programme-themes");
        ThemeSummary health = themes.getListDataView().getItems()
                .filter(theme -> theme.id() == fixtures.theme("health")).findFirst().orElseThrow();
        themes.setValue(Set.of(health));
        test($(Button.class).id("add-criterion")).click();
        test($(TextField.class).id("criterion-fr-1")).setValue("Le projet associe les habitants.");
        test($(TextField.class).id("criterion-en-1")).setValue("The project involves residents.");
        test($(Button.class).id("add-criterion")).click();
        test($(TextField.class).id("criterion-fr-2")).setValue("  ");
        test($(Button.class).id("save-rules")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(
                "Chaque critère de la liste a un texte en français et en anglais, de 3 à 300 caractères.");
        Programme unchanged = programme();
        assertThat(unchanged.criteria()).isEmpty();
        assertThat(unchanged.themeIds()).isEmpty();

        test($(Button.class).id("remove-criterion-2")).click();
        test($(Button.class).id("save-rules")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Règles enregistrées.");
        Programme saved = programme();
        assertThat(saved.nameEn()).isEqualTo("Valleys fund");
        assertThat(saved.crowdShare()).isEqualByComparingTo("0.4");
        assertThat(saved.themeIds()).containsExactly(health.id());
        assertThat(saved.criteria()).extracting(Programme.Criterion::textFr)
                .containsExactly("Le projet associe les habitants.");
    }

    @Test
    void a_bad_code_is_refused_with_a_sentence_and_creates_nothing() {
        UI.getCurrent().navigate("admin/programmes");
        int before = funding.listProgrammes().size();
        test($(Button.class).id("new-programme")).click();
        test($(TextField.class).id("programme-code")).setValue("Fonds Vallées");
        test($(TextField.class).id("programme-name-fr")).setValue("Fonds des vallées");
        test($(TextField.class).id("programme-name-en")).setValue("Valleys fund");
        test($(Button.class).id("save-programme")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Le code fait de 3 à 40 caractères");
        assertThat(funding.listProgrammes()).hasSize(before);
    }

    private Programme programme() {
        return funding.listProgrammes().stream().filter(programme -> programme.code().equals("test-valleys"))
                .findFirst().orElseThrow();
    }
}
