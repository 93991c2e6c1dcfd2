package fr.sensiblecity.mediation.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.mediation.PaperIdentity;
import fr.sensiblecity.mediation.PaperParticipation;
import fr.sensiblecity.mediation.PaperReceipt;
import fr.sensiblecity.mediation.PaperRecordKind;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.VerificationService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mediator records what a person signed on a paper form (a support, a panel volunteering or a consultation
 * comment) for the counter's territory, after checking an identity document, and prints the receipt with the code
 * to claim it later. The identity typed here is turned into a person key and never stored.
 */
@Route(PaperFormView.ROUTE)
@RolesAllowed("MEDIATOR")
class PaperFormView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "counter/paper";
    private static final ZoneId TOWN_TIME = ZoneId.of("Europe/Paris");

    private final PaperParticipation paper;
    private final Clock clock;
    private final TextField form = new TextField();
    private final TextField family = new TextField();
    private final TextField given = new TextField();
    private final DatePicker birth = new DatePicker();
    private final Select<IdentityDocument> document = new Select<>();
    private final RadioButtonGroup<PaperRecordKind> kind = new RadioButtonGroup<>();
    private final Checkbox seen = new Checkbox();
    private final VerticalLayout content = new VerticalLayout();
    private final Map<PaperRecordKind, PaperFormPart> parts;

    PaperFormView(PaperParticipation paper, VerificationService verifications, IdeaService ideas, PanelService panels,
            DraftService drafts, Clock clock) {
        this.paper = paper;
        this.clock = clock;
        addClassName("sc-page");
        Paragraph territoryLine = new Paragraph();
        territoryLine.setId("paper-territory");
        Optional<TerritorySummary> territory = verifications.counterTerritory();
        territoryLine.setText(territory.map(t -> getTranslation("paper.territory", t.name()))
                .orElseGet(() -> getTranslation("verification.error.noCounterTerritory")));
        Long territoryId = territory.map(TerritorySummary::id).orElse(null);
        parts = Map.of(PaperRecordKind.SUPPORT, PaperFormPart.support(ideas, territoryId),
                PaperRecordKind.VOLUNTEER, PaperFormPart.volunteer(panels, territoryId),
                PaperRecordKind.COMMENT, PaperFormPart.comment(drafts, panels, territoryId));
        form.setLabel(getTranslation("paper.form"));
        form.setHelperText(getTranslation("paper.form.help"));
        form.setMaxLength(40);
        form.setId("paper-form");
        family.setLabel(getTranslation("paper.family"));
        family.setMaxLength(100);
        family.setId("paper-family");
        family.getElement().setAttribute("autocomplete", "off");
        given.setLabel(getTranslation("paper.given"));
        given.setMaxLength(100);
        given.setId("paper-given");
        given.getElement().setAttribute("autocomplete", "off");
        birth.setLabel(getTranslation("paper.birth"));
        birth.setLocale(getLocale());
        birth.setMax(today());
        birth.setId("paper-birth");
        document.setLabel(getTranslation("paper.document"));
        document.setItems(IdentityDocument.values());
        document.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        document.setId("paper-document");
        kind.setLabel(getTranslation("paper.kind"));
        kind.setItems(PaperRecordKind.values());
        kind.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        kind.setId("paper-kind");
        kind.addValueChangeListener(change -> parts.forEach((k, part) -> part.setVisible(k == change.getValue())));
        seen.setLabel(getTranslation("paper.confirm"));
        seen.setId("paper-seen");
        Button record = new Button(getTranslation("paper.record"), click -> record());
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setId("paper-record");
        for (HasSize field : List.<HasSize>of(form, family, given, birth, document)) {
            field.setWidth("24rem");
            field.setMaxWidth("100%");
        }
        content.setPadding(false);
        content.add(new H1(getTranslation("paper.title")), territoryLine, new Paragraph(getTranslation("paper.intro")),
                form, family, given, birth, document, kind);
        for (PaperRecordKind each : PaperRecordKind.values()) {
            content.add(parts.get(each));
        }
        content.add(seen, record, new Paragraph(getTranslation("paper.privacy")));
        kind.setValue(PaperRecordKind.SUPPORT);
        add(content);
    }

    private void record() {
        IdentityDocument shown = document.getValue();
        PaperFormPart part = kind.getValue() == null ? null : parts.get(kind.getValue());
        if (shown == null || part == null || !part.complete() || !seen.getValue()) {
            Notifications.error(getTranslation("paper.choose"));
            return;
        }
        try {
            PaperIdentity identity = PaperIdentity.of(family.getValue(), given.getValue(), birth.getValue(), today());
            PaperReceipt receipt = part.record(paper, form.getValue(), identity, shown);
            for (var field : List.of(form, family, given)) {
                field.clear();
            }
            birth.clear();
            document.clear();
            seen.clear();
            part.clear();
            removeAll();
            add(new ReceiptSheet(receipt, this::showForm));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(TOWN_TIME).toLocalDate();
    }

    private void showForm() {
        removeAll();
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paper.title") + " | " + getTranslation("app.name");
    }
}
