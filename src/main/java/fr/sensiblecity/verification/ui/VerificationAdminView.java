package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.base.ui.ReadableGrid;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.verification.CounterPlacements;
import fr.sensiblecity.verification.LetterCodes;
import fr.sensiblecity.verification.ResidencyRules;
import fr.sensiblecity.verification.TownHallLists;
import fr.sensiblecity.verification.VerificationService;
import fr.sensiblecity.verification.VerifiedAction;
import fr.sensiblecity.verification.VerifiedResident;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;

/**
 * Administrators choose, per territory, the actions reserved to verified residents, print letters with a code,
 * upload the town hall's list of residents, and revoke verifications.
 */
@Route("admin/verification")
@RolesAllowed("ADMINISTRATOR")
class VerificationAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ResidencyRules rules;
    private final LetterCodes codes;
    private final VerificationService verifications;
    private final Select<TerritorySummary> territory = new Select<>();
    private final CheckboxGroup<VerifiedAction> actions = new CheckboxGroup<>();
    private final IntegerField count = new IntegerField();
    private final Paragraph lettersHelp = new Paragraph();
    private final Grid<VerifiedResident> verified = new Grid<>();
    private final VerticalLayout settings = new VerticalLayout();
    private final TownHallListSection list;
    private final CounterPlacementSection counters;

    VerificationAdminView(ResidencyRules rules, LetterCodes codes, VerificationService verifications,
            TerritoryService territories, TownHallLists lists, CounterPlacements placements, ResidentService residents) {
        this.counters = new CounterPlacementSection(placements, residents);
        this.rules = rules;
        this.list = new TownHallListSection(lists);
        this.codes = codes;
        this.verifications = verifications;
        addClassName("sc-page");
        territory.setLabel(getTranslation("verificationAdmin.territory"));
        territory.setItemLabelGenerator(TerritorySummary::name);
        territory.setItems(territories.listTerritories());
        territory.setId("verification-territory");
        territory.addValueChangeListener(change -> show());

        actions.setLabel(getTranslation("verificationAdmin.rules"));
        actions.setHelperText(getTranslation("verificationAdmin.rules.help"));
        actions.setItems(VerifiedAction.values());
        actions.setItemLabelGenerator(action -> getTranslation(action.labelKey()));
        actions.setId("verification-rules");
        Button save = new Button(getTranslation("verificationAdmin.save"), click -> saveRules());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("verification-save");

        count.setLabel(getTranslation("verificationAdmin.count"));
        count.setMin(1);
        count.setStepButtonsVisible(false);
        count.setId("verification-count");
        lettersHelp.setId("verification-letters-help");
        Button generate = new Button(getTranslation("verificationAdmin.generate"), click -> generate());
        generate.setId("verification-generate");

        verified.setAriaLabel(getTranslation("verificationAdmin.verified"));
        verified.addColumn(VerifiedResident::displayName).setHeader(getTranslation("verificationAdmin.name"));
        verified.addColumn(row -> getTranslation(row.method().labelKey())
                + (row.document() == null ? "" : " – " + getTranslation(row.document().labelKey())))
                .setHeader(getTranslation("verificationAdmin.method"));
        verified.addColumn(row -> Dates.of(row.expiresAt(), getLocale())).setHeader(getTranslation("verificationAdmin.until"));
        verified.addComponentColumn(row -> {
            Button revoke = new Button(getTranslation("verificationAdmin.revoke"), click -> revoke(row));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            revoke.getElement().setAttribute("aria-label", getTranslation("verificationAdmin.revoke") + " – " + row.displayName());
            return revoke;
        });
        verified.setAllRowsVisible(true);
        verified.setId("verification-grid");
        ReadableGrid.wrap(verified);

        settings.setPadding(false);
        settings.add(actions, save, new H2(getTranslation("verificationAdmin.letters")), lettersHelp, count, generate,
                list, new H2(getTranslation("verificationAdmin.verified")), verified, counters);
        showForm();
    }

    private void showForm() {
        removeAll();
        add(new H1(getTranslation("verificationAdmin.title")), territory, settings);
        show();
    }

    private void show() {
        TerritorySummary chosen = territory.getValue();
        settings.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        actions.setValue(rules.rulesOf(chosen.id()));
        lettersHelp.setText(getTranslation("verificationAdmin.letters.help", codes.unusedCodes(chosen.id())));
        list.show(chosen);
        verified.setItems(verifications.verifiedIn(chosen.id()));
        counters.show(chosen);
    }

    private void saveRules() {
        TerritorySummary chosen = territory.getValue();
        if (chosen == null) {
            return;
        }
        try {
            Set<VerifiedAction> wanted = actions.getValue().isEmpty() ? EnumSet.noneOf(VerifiedAction.class)
                    : EnumSet.copyOf(actions.getValue());
            rules.changeRules(chosen.id(), wanted);
            Notifications.success(getTranslation("verificationAdmin.saved", chosen.name()));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void generate() {
        TerritorySummary chosen = territory.getValue();
        if (chosen == null) {
            return;
        }
        try {
            var batch = codes.generate(chosen.id(), count.getValue() == null ? 0 : count.getValue());
            count.clear();
            removeAll();
            add(new LetterSheet(batch, this::showForm));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void revoke(VerifiedResident row) {
        try {
            verifications.revoke(row.id());
            Notifications.success(getTranslation("verificationAdmin.revoked"));
            show();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verificationAdmin.title") + " | " + getTranslation("app.name");
    }
}
