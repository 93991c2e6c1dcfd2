package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.projects.Amounts;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.projects.ProgrammeForm;
import fr.sensiblecity.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/**
 * Administrators set each funding programme's numbers: the population limit, the rural condition, and the civic
 * crowdfunding terms (what is left in the matching pot, the crowd share, the per-project cap).
 */
@Route("admin/programmes")
@RolesAllowed("ADMINISTRATOR")
class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final FundingService funding;
    private final Grid<Programme> grid = new Grid<>();
    private final H2 formTitle = new H2();
    private final IntegerField population = new IntegerField();
    private final Checkbox rural = new Checkbox();
    private final TextField pot = new TextField();
    private final TextField share = new TextField();
    private final TextField cap = new TextField();
    private @Nullable Programme editing;

    ProgrammesView(FundingService funding, TerritoryService territories) {
        this.funding = funding;
        addClassName("sc-page");
        ProjectLabels labels = new ProjectLabels(territories, getLocale());
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.setId("programmes-grid");
        grid.setAriaLabel(getTranslation("programmes.title"));
        grid.addColumn(programme -> programme.name(getLocale())).setHeader(getTranslation("programmes.name"))
                .setFlexGrow(1);
        grid.addColumn(programme -> programme.populationBelow() == null ? "–"
                : numbers.format(programme.populationBelow())).setHeader(getTranslation("programmes.population"))
                .setAutoWidth(true);
        grid.addColumn(programme -> getTranslation(programme.requiresRural() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("programmes.rural")).setAutoWidth(true);
        grid.addColumn(programme -> labels.themes(programme.themeIds())).setHeader(getTranslation("programmes.themes"))
                .setFlexGrow(1);
        grid.addColumn(programme -> labels.euros(programme.matchingPot())).setHeader(getTranslation("programmes.pot"))
                .setAutoWidth(true);
        grid.addColumn(programme -> programme.crowdShare().movePointRight(2).stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("programmes.share")).setAutoWidth(true);
        grid.addColumn(programme -> labels.euros(programme.projectCap())).setHeader(getTranslation("programmes.cap"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        population.setLabel(getTranslation("programmes.population"));
        population.setHelperText(getTranslation("programmes.populationHelp"));
        population.setId("programme-population");
        rural.setLabel(getTranslation("programmes.rural"));
        rural.setId("programme-rural");
        pot.setLabel(getTranslation("programmes.pot"));
        pot.setId("programme-pot");
        share.setLabel(getTranslation("programmes.share"));
        share.setId("programme-share");
        cap.setLabel(getTranslation("programmes.cap"));
        cap.setId("programme-cap");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-programme");
        FormLayout form = new FormLayout(population, rural, pot, share, cap);
        form.setMaxWidth("48rem");
        add(new H1(getTranslation("programmes.title")), grid, formTitle, form, save);
        refresh();
        edit(null);
    }

    private void edit(@Nullable Programme programme) {
        editing = programme;
        formTitle.setText(programme == null ? getTranslation("programmes.choose")
                : getTranslation("programmes.edit", programme.name(getLocale())));
        population.setValue(programme == null ? null : programme.populationBelow());
        rural.setValue(programme != null && programme.requiresRural());
        pot.setValue(programme == null ? "" : programme.matchingPot().toPlainString());
        share.setValue(programme == null ? "" : programme.crowdShare().movePointRight(2).stripTrailingZeros().toPlainString());
        cap.setValue(programme == null ? "" : programme.projectCap().toPlainString());
    }

    private void save() {
        if (editing == null) {
            Notifications.error(getTranslation("programmes.choose"));
            return;
        }
        try {
            funding.updateProgramme(editing.id(), new ProgrammeForm(population.getValue(), rural.getValue(),
                    Amounts.parse(pot.getValue(), getLocale()),
                    Amounts.parse(share.getValue().replace("%", ""), getLocale()).movePointLeft(2),
                    Amounts.parse(cap.getValue(), getLocale())));
            Notifications.success(getTranslation("programmes.saved"));
            refresh();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void refresh() {
        grid.setItems(funding.listProgrammes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " | " + getTranslation("app.name");
    }
}
