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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.ThemeForm;
import fr.sensiblecity.territories.ThemeSummary;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Administrators add themes, rename them in both languages, and retire them (a theme's code never changes). */
@Route("admin/themes")
@RolesAllowed("ADMINISTRATOR")
class ThemesView extends VerticalLayout implements HasDynamicTitle {

    private final TerritoryService territories;
    private final Grid<ThemeSummary> grid = new Grid<>();
    private final H2 formTitle = new H2();
    private final TextField code = new TextField();
    private final TextField nameFr = new TextField();
    private final TextField nameEn = new TextField();
    private final Checkbox active = new Checkbox();
    private @Nullable ThemeSummary editing;

    ThemesView(TerritoryService territories) {
        this.territories = territories;
        addClassName("sc-page");
        add(new H1(getTranslation("themes.title")));

        grid.setAriaLabel(getTranslation("themes.title"));
        grid.addColumn(ThemeSummary::code).setHeader(getTranslation("themes.code"));
        grid.addColumn(ThemeSummary::nameFr).setHeader(getTranslation("themes.nameFr")).setAutoWidth(true);
        grid.addColumn(ThemeSummary::nameEn).setHeader(getTranslation("themes.nameEn")).setAutoWidth(true);
        grid.addColumn(theme -> getTranslation(theme.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("themes.active"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setId("themes-grid");
        ReadableGrid.wrap(grid);

        code.setLabel(getTranslation("themes.code"));
        code.setHelperText(getTranslation("themes.code.help"));
        code.setId("theme-code");
        nameFr.setLabel(getTranslation("themes.nameFr"));
        nameFr.setId("theme-name-fr");
        nameEn.setLabel(getTranslation("themes.nameEn"));
        nameEn.setId("theme-name-en");
        code.setRequiredIndicatorVisible(true);
        nameFr.setRequiredIndicatorVisible(true);
        nameEn.setRequiredIndicatorVisible(true);
        active.setLabel(getTranslation("themes.active"));

        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-theme");
        Button create = new Button(getTranslation("themes.new"), click -> grid.asSingleSelect().clear());

        FormLayout form = new FormLayout(code, active, nameFr, nameEn);
        form.setMaxWidth("48rem");
        add(grid, formTitle, form, new HorizontalLayout(save, create));
        refresh();
        edit(null);
    }

    private void edit(@Nullable ThemeSummary theme) {
        editing = theme;
        formTitle.setText(getTranslation(theme == null ? "themes.new" : "themes.edit"));
        code.setValue(theme == null ? "" : theme.code());
        code.setReadOnly(theme != null);
        nameFr.setValue(theme == null ? "" : theme.nameFr());
        nameEn.setValue(theme == null ? "" : theme.nameEn());
        active.setValue(theme == null || theme.active());
    }

    private void save() {
        ThemeForm form = new ThemeForm(code.getValue(), nameFr.getValue(), nameEn.getValue(), active.getValue());
        try {
            ThemeSummary saved = editing == null ? territories.createTheme(form) : territories.updateTheme(editing.id(), form);
            Notifications.success(getTranslation("themes.saved", saved.label(getLocale())));
            refresh();
            edit(null);
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void refresh() {
        grid.setItems(territories.listThemes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("themes.title") + " | " + getTranslation("app.name");
    }
}
