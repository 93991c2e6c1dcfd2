package fr.sensiblecity.projects.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.ProjectThresholds;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.projects.ProgrammeDraft;
import fr.sensiblecity.projects.ProgrammeForm;
import fr.sensiblecity.projects.ProgrammeRules;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.ThemeSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Administrators create funding programmes and set each one's numbers (the population limit, the rural condition,
 * what is left in the matching pot, the crowd share, the per-project cap) and its eligibility rules: the themes it
 * funds and the checklist a moderator answers.
 */
@Route("admin/programmes")
@RolesAllowed("ADMINISTRATOR")
class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final FundingService funding;
    private final ProjectThresholds thresholds;
    private final List<ThemeSummary> allThemes;
    private final Grid<Programme> grid = new Grid<>();
    private final H2 formTitle = new H2();
    private final TextField code = new TextField();
    private final TextField nameFr = new TextField();
    private final TextField nameEn = new TextField();
    private final IntegerField population = new IntegerField();
    private final Checkbox rural = new Checkbox();
    private final TextField pot = new TextField();
    private final TextField share = new TextField();
    private final TextField cap = new TextField();
    private final Button save = new Button();
    private final Div rules = new Div();
    private final H2 rulesTitle = new H2();
    private final MultiSelectComboBox<ThemeSummary> themes = new MultiSelectComboBox<>();
    private final VerticalLayout items = new VerticalLayout();
    private final Button addItem = new Button();
    private final List<ItemRow> rows = new ArrayList<>();
    private boolean creating;
    private @Nullable Programme editing;

    ProgrammesView(FundingService funding, TerritoryService territories, ProjectThresholds thresholds) {
        this.funding = funding;
        this.thresholds = thresholds;
        this.allThemes = territories.listThemes();
        addClassName("sc-page");
        ProjectLabels labels = new ProjectLabels(territories, getLocale());
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.setId("programmes-grid");
        ReadableGrid.wrap(grid);
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
        grid.addColumn(programme -> percent(programme.crowdShare()) + " %")
                .setHeader(getTranslation("programmes.share")).setAutoWidth(true);
        grid.addColumn(programme -> labels.euros(programme.projectCap())).setHeader(getTranslation("programmes.cap"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null || !creating) {
                edit(change.getValue());
            }
        });
        Button create = new Button(getTranslation("programmes.new"), click -> startCreating());
        create.setId("new-programme");

        code.setLabel(getTranslation("programmes.code"));
        code.setHelperText(getTranslation("programmes.codeHelp"));
        code.setMaxLength(40);
        code.setRequired(true);
        code.setId("programme-code");
        nameFr.setLabel(getTranslation("programmes.nameFr"));
        nameFr.setMaxLength(120);
        nameFr.setRequired(true);
        nameFr.setId("programme-name-fr");
        nameEn.setLabel(getTranslation("programmes.nameEn"));
        nameEn.setMaxLength(120);
        nameEn.setRequired(true);
        nameEn.setId("programme-name-en");
        population.setLabel(getTranslation("programmes.population"));
        population.setHelperText(getTranslation("programmes.populationHelp"));
        population.setId("programme-population");
        rural.setLabel(getTranslation("programmes.rural"));
        rural.setId("programme-rural");
        pot.setLabel(getTranslation("programmes.pot"));
        pot.setId("programme-pot");
        share.setLabel(getTranslation("programmes.share"));
        share.setId("programme-share");
        share.setRequiredIndicatorVisible(true);
        cap.setLabel(getTranslation("programmes.cap"));
        cap.setId("programme-cap");
        save.addClickListener(click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-programme");
        FormLayout form = new FormLayout(code, nameFr, nameEn, population, rural, pot, share, cap);
        form.setMaxWidth("48rem");

        themes.setLabel(getTranslation("programmes.themes"));
        themes.setHelperText(getTranslation("programmes.themesHelp"));
        themes.setItemLabelGenerator(item -> item.label(getLocale()));
        themes.setId("programme-themes");
        themes.setWidthFull();
        themes.setMaxWidth("48rem");
        items.setPadding(false);
        items.setId("programme-checklist");
        addItem.setText(getTranslation("programmes.addItem"));
        addItem.setId("add-criterion");
        addItem.addClickListener(click -> {
            ItemRow row = new ItemRow(null, "", "");
            rows.add(row);
            renderItems();
            row.fr.focus();
        });
        Button saveRules = new Button(getTranslation("programmes.saveRules"), click -> saveRules());
        saveRules.addThemeVariants(ButtonVariant.PRIMARY);
        saveRules.setId("save-rules");
        rules.add(rulesTitle, new Paragraph(getTranslation("programmes.rulesHelp")), themes,
                new H3(getTranslation("programmes.checklist")), items, addItem, saveRules);
        rules.addClassName("sc-programme-rules");

        add(new H1(getTranslation("programmes.title")), grid, create, formTitle, form, save, rules);
        refresh();
        edit(null);
    }

    private void startCreating() {
        creating = true;
        grid.asSingleSelect().clear();
        editing = null;
        formTitle.setText(getTranslation("programmes.creating"));
        code.clear();
        nameFr.clear();
        nameEn.clear();
        population.clear();
        rural.setValue(false);
        pot.setValue("0");
        share.setValue(Integer.toString(thresholds.programmeCrowdSharePercent()));
        cap.setValue(thresholds.programmeProjectCap().toPlainString());
        showMode();
        code.focus();
    }

    private void edit(@Nullable Programme programme) {
        creating = false;
        editing = programme;
        formTitle.setText(programme == null ? getTranslation("programmes.choose")
                : getTranslation("programmes.edit", programme.name(getLocale())));
        population.setValue(programme == null ? null : programme.populationBelow());
        rural.setValue(programme != null && programme.requiresRural());
        pot.setValue(programme == null ? "" : programme.matchingPot().toPlainString());
        share.setValue(programme == null ? "" : percent(programme.crowdShare()));
        cap.setValue(programme == null ? "" : programme.projectCap().toPlainString());
        rows.clear();
        if (programme != null) {
            rulesTitle.setText(getTranslation("programmes.rules", programme.name(getLocale())));
            themes.setItems(allThemes.stream().filter(theme -> theme.active()
                    || programme.themeIds().contains(theme.id())).toList());
            themes.setValue(allThemes.stream().filter(theme -> programme.themeIds().contains(theme.id())).toList());
            programme.criteria().forEach(criterion -> rows.add(new ItemRow(criterion.id(), criterion.textFr(),
                    criterion.textEn())));
        }
        renderItems();
        showMode();
    }

    private void showMode() {
        code.setVisible(creating);
        nameFr.setVisible(creating);
        nameEn.setVisible(creating);
        save.setText(getTranslation(creating ? "programmes.create" : "common.save"));
        rules.setVisible(editing != null && !creating);
    }

    private void save() {
        if (editing == null && !creating) {
            Notifications.error(getTranslation("programmes.choose"));
            return;
        }
        try {
            ProgrammeForm terms = new ProgrammeForm(population.getValue(), rural.getValue(),
                    Amounts.parse(pot.getValue(), getLocale()),
                    Amounts.parse(share.getValue().replace("%", ""), getLocale()).movePointLeft(2),
                    Amounts.parse(cap.getValue(), getLocale()));
            if (creating) {
                long id = funding.createProgramme(new ProgrammeDraft(code.getValue(), nameFr.getValue(),
                        nameEn.getValue(), terms));
                Notifications.success(getTranslation("programmes.created"));
                refresh();
                creating = false;
                grid.asSingleSelect().setValue(funding.findProgramme(id));
                themes.focus();
            } else {
                funding.updateProgramme(editing.id(), terms);
                Notifications.success(getTranslation("programmes.saved"));
                refresh();
            }
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void saveRules() {
        if (editing == null) {
            return;
        }
        long id = editing.id();
        try {
            funding.changeRules(id, new ProgrammeRules(themes.getValue().stream().map(ThemeSummary::id).toList(),
                    rows.stream().map(row -> new ProgrammeRules.Item(row.id, row.fr.getValue(), row.en.getValue()))
                            .toList()));
            Notifications.success(getTranslation("programmes.rulesSaved"));
            refresh();
            edit(funding.findProgramme(id));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void renderItems() {
        items.removeAll();
        if (rows.isEmpty()) {
            items.add(new Paragraph(getTranslation("programmes.noItems")));
        }
        for (int i = 0; i < rows.size(); i++) {
            ItemRow row = rows.get(i);
            int number = i + 1;
            row.fr.setLabel(getTranslation("programmes.itemFr", number));
            row.fr.setId("criterion-fr-" + number);
            row.en.setLabel(getTranslation("programmes.itemEn", number));
            row.en.setId("criterion-en-" + number);
            Button remove = new Button(getTranslation("programmes.removeItem", number), click -> {
                rows.remove(row);
                renderItems();
                addItem.focus();
            });
            remove.setId("remove-criterion-" + number);
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            HorizontalLayout line = new HorizontalLayout(row.fr, row.en, remove);
            line.setAlignItems(Alignment.BASELINE);
            line.setWidthFull();
            line.setFlexGrow(1, row.fr, row.en);
            line.addClassName("sc-criterion-row");
            items.add(line);
        }
    }

    private void refresh() {
        grid.setItems(funding.listProgrammes());
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " | " + getTranslation("app.name");
    }

    /** One checklist item being edited; {@code id} is the stored item it started from, null for a new one. */
    private static final class ItemRow {

        private final @Nullable Long id;
        private final TextField fr = new TextField();
        private final TextField en = new TextField();

        ItemRow(@Nullable Long id, String textFr, String textEn) {
            this.id = id;
            fr.setValue(textFr);
            fr.setMaxLength(300);
            en.setValue(textEn);
            en.setMaxLength(300);
        }
    }
}
