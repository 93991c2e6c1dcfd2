package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.projects.HolderType;
import fr.sensiblecity.projects.ProjectDetails;
import fr.sensiblecity.projects.ProjectForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The fields of a project as staff write it, for promoting ideas and for editing a project later. */
class ProjectFields extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final Select<TerritorySummary> territory = new Select<>();
    private final Select<HolderType> holderType = new Select<>();
    private final TextField holderName = new TextField();
    private final TextArea partners = new TextArea();
    private final MultiSelectComboBox<ThemeSummary> themes = new MultiSelectComboBox<>();
    private final TextField budget = new TextField();
    private final List<ThemeSummary> allThemes;

    ProjectFields(TerritoryService territories) {
        allThemes = territories.listThemes();
        title.setLabel(getTranslation("project.field.title"));
        title.setMaxLength(120);
        title.setRequired(true);
        title.setId("project-title");
        summary.setLabel(getTranslation("project.field.summary"));
        summary.setMaxLength(5000);
        summary.setRequired(true);
        summary.setId("project-summary");
        territory.setLabel(getTranslation("ideas.filter.territory"));
        territory.setItems(territories.listTerritories());
        territory.setItemLabelGenerator(item -> item == null ? "" : item.name());
        territory.setId("project-territory");
        holderType.setLabel(getTranslation("project.field.holderType"));
        holderType.setItems(HolderType.values());
        holderType.setItemLabelGenerator(item -> item == null ? "" : getTranslation(item.labelKey()));
        holderType.setId("project-holder-type");
        holderName.setLabel(getTranslation("project.field.holderName"));
        holderName.setMaxLength(120);
        holderName.setId("project-holder-name");
        holderName.setRequiredIndicatorVisible(true);
        partners.setLabel(getTranslation("project.field.partners"));
        partners.setMaxLength(1000);
        partners.setId("project-partners");
        themes.setLabel(getTranslation("project.field.themes"));
        themes.setItems(allThemes.stream().filter(ThemeSummary::active).toList());
        themes.setItemLabelGenerator(item -> item.label(getLocale()));
        themes.setId("project-themes");
        themes.setRequiredIndicatorVisible(true);
        budget.setLabel(getTranslation("project.field.budget"));
        budget.setHelperText(getTranslation("project.field.budgetHelp"));
        budget.setId("project-budget");
        add(title, holderType, holderName, territory, themes, budget, summary, partners);
        setColspan(summary, 2);
        setColspan(partners, 2);
        setMaxWidth("56rem");
    }

    /** Starts from an idea's title, territory and theme. */
    void prefill(String ideaTitle, long territoryId, long themeId) {
        if (title.isEmpty()) {
            title.setValue(ideaTitle);
        }
        territory.getListDataView().getItems().filter(item -> item.id() == territoryId).findFirst()
                .ifPresent(territory::setValue);
        Set<ThemeSummary> chosen = new HashSet<>(themes.getSelectedItems());
        allThemes.stream().filter(theme -> theme.id() == themeId && theme.active()).forEach(chosen::add);
        themes.setValue(chosen);
    }

    void show(ProjectDetails project) {
        title.setValue(project.title());
        summary.setValue(project.summary());
        territory.getListDataView().getItems().filter(item -> item.id() == project.territoryId()).findFirst()
                .ifPresent(territory::setValue);
        holderType.setValue(project.holderType());
        holderName.setValue(project.holderName());
        partners.setValue(project.partners());
        themes.setValue(new HashSet<>(allThemes.stream().filter(theme -> project.themeIds().contains(theme.id()))
                .toList()));
        budget.setValue(project.budget().signum() == 0 ? "" : Amounts.format(project.budget(), getLocale())
                .replace("€", "").strip());
    }

    /** The form as typed; an unreadable budget is refused with a sentence. */
    ProjectForm read() {
        BigDecimal amount = budget.getValue().isBlank() ? BigDecimal.ZERO : Amounts.parse(budget.getValue(), getLocale());
        return new ProjectForm(title.getValue(), summary.getValue(),
                territory.getValue() == null ? -1 : territory.getValue().id(), holderType.getValue(),
                holderName.getValue(), partners.getValue(), themes.getSelectedItems().stream()
                        .sorted(Comparator.comparing(ThemeSummary::code)).map(ThemeSummary::id).toList(), amount);
    }
}
