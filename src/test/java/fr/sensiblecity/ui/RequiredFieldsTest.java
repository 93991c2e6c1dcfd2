package fr.sensiblecity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field a form cannot do without carries Vaadin's required indicator (the mark, and "required" for screen
 * readers), on the resident's forms and on the staff's: ideas, panels, projects, drafts, themes, programmes,
 * labels, erasing one's account. Optional fields stay unmarked.
 * <p>
 * Not the drop-down lists (Select) nor date-and-time pickers: Vaadin 25 puts {@code aria-required} on the list's
 * button and on the picker's group, attributes these roles may not carry (axe: aria-allowed-attr, critical), so marking them would break the accessibility audit.
 */
@MariaDbTest
@SignedInAs(name = "Adrienne", roles = {Role.ADMINISTRATOR, Role.FACILITATOR})
class RequiredFieldsTest extends SpringBrowserlessTest {

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "ideas/write", List.of("idea-title", "idea-description"),
            "panels/edit", List.of("panel-question", "panel-authority", "panel-size", "panel-reserves"),
            "projects/new", List.of("project-title", "project-summary", "project-holder-name", "project-themes"),
            "drafts/new", List.of("draft-title", "draft-question", "draft-authority"),
            "admin/themes", List.of("theme-code", "theme-name-fr", "theme-name-en"),
            "admin/labels", List.of("label-name"),
            "profile/data", List.of("erase-confirmation"));

    private static final Map<String, List<String>> OPTIONAL = Map.of(
            "ideas/write", List.of("idea-district"),
            "panels/edit", List.of("panel-territory"),
            "projects/new", List.of("project-partners", "project-budget"),
            "drafts/new", List.of("draft-panel"));

    @Test
    void every_field_a_form_cannot_do_without_is_marked_as_required() {
        REQUIRED.forEach((route, ids) -> {
            navigate(route, Component.class);
            for (String id : ids) {
                assertThat(field(id).isRequiredIndicatorVisible()).as(id + " on /" + route).isTrue();
            }
            for (String id : OPTIONAL.getOrDefault(route, List.of())) {
                assertThat(field(id).isRequiredIndicatorVisible()).as(id + " on /" + route).isFalse();
            }
        });
    }

    @org.springframework.beans.factory.annotation.Autowired
    fr.sensiblecity.territories.TerritoryService territories;

    @Test
    void the_proposed_quotas_and_a_new_programme_mark_their_required_fields() {
        // The form proposes quotas for the first territory: there must be one.
        territories.createTerritory(new fr.sensiblecity.territories.TerritoryForm("Requisville", "98"
                + (100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900)), 800, 2023, true, List.of()));
        navigate("panels/edit", Component.class);
        List<HasValue<?, ?>> quotaFields = $(com.vaadin.flow.component.textfield.TextField.class).all().stream()
                .filter(field -> List.of("Catégorie", "Valeur").contains(field.getLabel()))
                .<HasValue<?, ?>>map(field -> field).toList();
        assertThat(quotaFields).isNotEmpty().allMatch(HasValue::isRequiredIndicatorVisible);

        navigate("admin/programmes", Component.class);
        test($(Button.class).id("new-programme")).click();
        for (String id : List.of("programme-code", "programme-name-fr", "programme-name-en", "programme-share")) {
            assertThat(field(id).isRequiredIndicatorVisible()).as(id).isTrue();
        }
        assertThat(field("programme-population").isRequiredIndicatorVisible()).isFalse();
    }

    private HasValue<?, ?> field(String id) {
        return (HasValue<?, ?>) $(Component.class).id(id);
    }
}
