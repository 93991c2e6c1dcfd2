package fr.sensiblecity.territories.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Administrators list territories and create or edit one: official facts and districts (one per line). */
@Route("admin/territories")
@RolesAllowed("ADMINISTRATOR")
class TerritoriesView extends VerticalLayout implements HasDynamicTitle {

    private final TerritoryService territories;
    private final Grid<TerritorySummary> grid = new Grid<>();
    private final H2 formTitle = new H2();
    private final TextField name = new TextField();
    private final TextField officialCode = new TextField();
    private final IntegerField population = new IntegerField();
    private final IntegerField populationYear = new IntegerField();
    private final Checkbox rural = new Checkbox();
    private final TextArea districts = new TextArea();
    private @Nullable TerritorySummary editing;

    TerritoriesView(TerritoryService territories) {
        this.territories = territories;
        addClassName("sc-page");
        add(new H1(getTranslation("territories.title")));

        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.setAriaLabel(getTranslation("territories.title"));
        grid.addColumn(TerritorySummary::name).setHeader(getTranslation("territories.name")).setAutoWidth(true);
        grid.addColumn(TerritorySummary::officialCode).setHeader(getTranslation("territories.code"));
        grid.addColumn(territory -> numbers.format(territory.population()) + " (" + territory.populationYear() + ")")
                .setHeader(getTranslation("territories.population"));
        grid.addColumn(territory -> getTranslation(territory.rural() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("territories.rural"));
        grid.addColumn(territory -> territory.districts().size()).setHeader(getTranslation("territories.districts"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setId("territories-grid");
        ReadableGrid.wrap(grid);

        name.setLabel(getTranslation("territories.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        name.setId("territory-name");
        officialCode.setLabel(getTranslation("territories.code"));
        officialCode.setHelperText(getTranslation("territories.code.help"));
        officialCode.setRequired(true);
        officialCode.setId("territory-code");
        population.setLabel(getTranslation("territories.population"));
        population.setMin(0);
        population.setRequired(true);
        population.setId("territory-population");
        populationYear.setLabel(getTranslation("territories.populationYear"));
        populationYear.setRequired(true);
        populationYear.setId("territory-population-year");
        rural.setLabel(getTranslation("territories.rural"));
        districts.setLabel(getTranslation("territories.districts"));
        districts.setHelperText(getTranslation("territories.districts.help"));
        districts.setId("territory-districts");

        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-territory");
        Button create = new Button(getTranslation("territories.new"), click -> grid.asSingleSelect().clear());
        create.setId("new-territory");

        FormLayout form = new FormLayout(name, officialCode, population, populationYear, rural, districts);
        form.setColspan(districts, 2);
        form.setMaxWidth("48rem");
        add(grid, formTitle, form, new HorizontalLayout(save, create));
        refresh();
        edit(null);
    }

    private void edit(@Nullable TerritorySummary territory) {
        editing = territory;
        formTitle.setText(getTranslation(territory == null ? "territories.new" : "territories.edit"));
        name.setValue(territory == null ? "" : territory.name());
        officialCode.setValue(territory == null ? "" : territory.officialCode());
        population.setValue(territory == null ? null : territory.population());
        populationYear.setValue(territory == null ? null : territory.populationYear());
        rural.setValue(territory != null && territory.rural());
        districts.setValue(territory == null ? ""
                : territory.districts().stream().map(DistrictRef::name).collect(Collectors.joining("\n")));
    }

    private void save() {
        if (population.getValue() == null || populationYear.getValue() == null || population.isInvalid()
                || populationYear.isInvalid()) {
            Notifications.error(getTranslation("territories.error.numbers"));
            return;
        }
        TerritoryForm form = new TerritoryForm(name.getValue(), officialCode.getValue(), population.getValue(),
                populationYear.getValue(), rural.getValue(), Arrays.asList(districts.getValue().split("\\R")));
        try {
            TerritorySummary saved = editing == null ? territories.createTerritory(form)
                    : territories.updateTerritory(editing.id(), form);
            Notifications.success(getTranslation("territories.saved", saved.name()));
            refresh();
            grid.asSingleSelect().setValue(grid.getListDataView().getItems()
                    .filter(item -> item.id() == saved.id()).findFirst().orElse(null));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void refresh() {
        grid.setItems(territories.listTerritories());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territories.title") + " | " + getTranslation("app.name");
    }
}
