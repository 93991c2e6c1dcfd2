package fr.sensiblecity.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The verification pages as an administrator and a resident use them. */
@MariaDbTest
class VerificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidencyRules rules;

    @Test
    @SignedInAs(name = "Adèle", roles = Role.ADMINISTRATOR)
    @SuppressWarnings("unchecked")
    void an_administrator_reserves_supporting_and_prints_two_letters() {
        TerritorySummary valbrume = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 860, 2023, true,
                List.of()));
        UI.getCurrent().navigate("admin/verification");
        Select<TerritorySummary> territory = $(Select.class).id("verification-territory");
        territory.setValue(territory.getListDataView().getItems().filter(t -> t.id() == valbrume.id()).findFirst().orElseThrow());
        CheckboxGroup<VerifiedAction> actions = $(CheckboxGroup.class).id("verification-rules");
        actions.setValue(Set.of(VerifiedAction.SUPPORT_IDEA));
        test($(Button.class).id("verification-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Règles enregistrées pour Valbrume.");
        assertThat(rules.rulesOf(valbrume.id())).containsExactly(VerifiedAction.SUPPORT_IDEA);

        test($(IntegerField.class).id("verification-count")).setValue(5000);
        test($(Button.class).id("verification-generate")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Indiquez un nombre de lettres entre 1 et 2");
        test($(IntegerField.class).id("verification-count")).setValue(2);
        test($(Button.class).id("verification-generate")).click();
        List<Section> letters = $(Section.class).from($(Div.class).id("letter-sheet")).all();
        assertThat(letters).hasSize(2);
        test($(Button.class).id("letters-back")).click();
        assertThat($(Paragraph.class).id("verification-letters-help").getText()).contains("Codes pas encore utilisés : 2.");
    }

    @Test
    @SignedInAs(name = "Camille")
    void a_resident_reads_how_to_get_verified_and_a_wrong_code_is_refused_with_a_sentence() {
        UI.getCurrent().navigate("verify");
        assertThat($(Paragraph.class).id("verify-none").isVisible()).isTrue();
        test($(TextField.class).id("verify-code")).setValue("ACDE-FGHJ-KMNP");
        test($(Button.class).id("verify-submit")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Ce code n'est pas valable : vérifiez-le sur votre courrier. Un code ne sert qu'une fois.");
        assertThat($(Paragraph.class).id("verify-none").isVisible()).isTrue();
    }
}
