package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.panels.PanelThresholds;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Facilitators and administrators write a panel: question, authority, territory, size and reserves, recruitment
 * window, categories with quotas (proposed from census shares and the territory's districts, then edited) and the
 * schedule of sessions.
 */
@Route("panels/edit")
@RolesAllowed({"FACILITATOR", "ADMINISTRATOR"})
class PanelFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PanelService panels;
    private final H1 heading = new H1();
    private final TextArea question = new TextArea();
    private final TextField authority = new TextField();
    private final Select<TerritorySummary> territory = new Select<>();
    private final IntegerField size = new IntegerField();
    private final IntegerField reserves = new IntegerField();
    private final DatePicker opens = new DatePicker();
    private final DatePicker closes = new DatePicker();
    private final QuotaEditor quotas = new QuotaEditor();
    private final SessionEditor sessions = new SessionEditor();
    private final Paragraph quotaStatus = new Paragraph();
    /** The quotas as last proposed; null once they come from a saved panel. */
    private @Nullable List<QuotaLine> proposed;
    private @Nullable Long editing;

    PanelFormView(PanelService panels, TerritoryService territories, PanelThresholds thresholds) {
        this.panels = panels;
        addClassName("sc-page");
        question.setLabel(getTranslation("panelForm.question"));
        question.setHelperText(getTranslation("panelForm.questionHelp"));
        question.setRequired(true);
        question.setMaxLength(500);
        question.setId("panel-question");
        authority.setLabel(getTranslation("panelForm.authority"));
        authority.setHelperText(getTranslation("panelForm.authorityHelp"));
        authority.setRequired(true);
        authority.setMaxLength(200);
        authority.setId("panel-authority");
        territory.setLabel(getTranslation("panelForm.territory"));
        List<TerritorySummary> all = territories.listTerritories();
        territory.setItems(all);
        territory.setItemLabelGenerator(item -> item == null ? "" : item.name());
        territory.setId("panel-territory");
        // No required indicator on the select: Vaadin puts aria-required on its value button, which axe refuses;
        // a territory is chosen from the start and cannot be emptied.
        size.setLabel(getTranslation("panelForm.size"));
        size.setMin(1);
        size.setMax(1000);
        size.setValue(60);
        size.setId("panel-size");
        size.setRequiredIndicatorVisible(true);
        reserves.setLabel(getTranslation("panelForm.reserves"));
        reserves.setMin(0);
        reserves.setValue(10);
        reserves.setId("panel-reserves");
        reserves.setRequiredIndicatorVisible(true);
        opens.setLabel(getTranslation("panelForm.opens"));
        opens.setLocale(getLocale());
        closes.setLabel(getTranslation("panelForm.closes"));
        closes.setLocale(getLocale());
        Button propose = new Button(getTranslation("panelForm.propose"), click -> {
            if (propose()) {
                quotaStatus.setText(getTranslation("panelForm.quotasReproposed", territory.getValue().name(),
                        size.getValue()));
            }
        });
        propose.setId("propose-quotas");
        Button save = new Button(getTranslation("panelForm.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-panel");
        quotaStatus.setId("quota-status");
        quotaStatus.addClassName("sc-quota-status");
        quotaStatus.getElement().setAttribute("role", "status");
        territory.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                basisChanged();
            }
        });
        size.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                basisChanged();
            }
        });
        FormLayout form = new FormLayout(question, authority, territory, size, reserves, opens, closes);
        form.setColspan(question, 2);
        add(heading, form, new H2(getTranslation("panelForm.quotas")),
                new Paragraph(getTranslation("panelForm.quotasHelp")),
                new Paragraph(getTranslation("panelForm.censusSource", thresholds.censusSource(),
                        String.valueOf(thresholds.censusYear()))), propose, quotaStatus, quotas,
                new H2(getTranslation("panelForm.sessions")), sessions, save);
        if (!all.isEmpty()) {
            territory.setValue(all.getFirst());
            propose();
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long panelId) {
        editing = panelId;
        heading.setText(getTranslation(panelId == null ? "panelForm.createTitle" : "panelForm.editTitle"));
        if (panelId == null) {
            return;
        }
        PanelDetails panel = panels.findPanel(panelId);
        question.setValue(panel.question());
        authority.setValue(panel.authority());
        territory.getListDataView().getItems().filter(item -> item.id() == panel.territoryId()).findFirst()
                .ifPresent(territory::setValue);
        size.setValue(panel.size());
        reserves.setValue(panel.reserves());
        opens.setValue(panel.recruitmentOpens());
        closes.setValue(panel.recruitmentCloses());
        quotas.setLines(panel.quotas());
        proposed = null;
        quotaStatus.setText("");
        sessions.setLines(panel.sessions());
    }

    /** Proposes the quotas again when they are still the ones proposed; otherwise says plainly it did not. */
    private void basisChanged() {
        if (proposed != null && proposed.equals(quotas.lines())) {
            if (propose()) {
                quotaStatus.setText(getTranslation("panelForm.quotasReproposed", territory.getValue().name(),
                        size.getValue()));
            }
        } else {
            quotaStatus.setText(getTranslation("panelForm.quotasKept"));
        }
    }

    private boolean propose() {
        if (territory.getValue() == null || size.getValue() == null) {
            return false;
        }
        try {
            List<QuotaLine> lines = panels.proposeQuotas(territory.getValue().id(), size.getValue());
            quotas.setLines(lines);
            proposed = quotas.lines();
            quotaStatus.setText("");
            return true;
        } catch (DomainException refused) {
            Notifications.refused(refused);
            return false;
        }
    }

    private void save() {
        if (territory.getValue() == null) {
            Notifications.refused(new DomainException("panel.error.territory"));
            return;
        }
        if (sessions.lines().stream().anyMatch(line -> line.startsAt() == null)) {
            Notifications.refused(new DomainException("panel.error.session"));
            return;
        }
        PanelForm form = new PanelForm(question.getValue(), authority.getValue(), territory.getValue().id(),
                size.getValue() == null ? 0 : size.getValue(), reserves.getValue() == null ? -1 : reserves.getValue(),
                opens.getValue(), closes.getValue(), quotas.lines(), sessions.lines());
        try {
            long id;
            if (editing == null) {
                id = panels.createPanel(form);
            } else {
                panels.editPanel(editing, form);
                id = editing;
            }
            Notifications.success(getTranslation("panelForm.saved"));
            getUI().ifPresent(ui -> ui.navigate(PanelView.class, id));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "panelForm.createTitle" : "panelForm.editTitle") + " | "
                + getTranslation("app.name");
    }
}
