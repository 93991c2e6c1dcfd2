package fr.sensiblecity.mediation.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.mediation.PaperIdentity;
import fr.sensiblecity.mediation.PaperParticipation;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.VerificationService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A mediator records the support a person signed on a paper form, for an idea of the counter's territory, and
 * prints the receipt with the code to claim it later.
 */
@Route(PaperFormView.ROUTE)
@RolesAllowed("MEDIATOR")
class PaperFormView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "counter/paper";

    private final PaperParticipation paper;
    private final Clock clock;
    private final TextField form = new TextField();
    private final TextField family = new TextField();
    private final TextField given = new TextField();
    private final DatePicker birth = new DatePicker();
    private final Select<IdentityDocument> document = new Select<>();
    private final ComboBox<IdeaCard> idea = new ComboBox<>();
    private final Checkbox seen = new Checkbox();
    private final VerticalLayout content = new VerticalLayout();

    PaperFormView(PaperParticipation paper, VerificationService verifications, IdeaService ideas, Clock clock) {
        this.paper = paper;
        this.clock = clock;
        addClassName("sc-page");
        Paragraph territoryLine = new Paragraph();
        territoryLine.setId("paper-territory");
        Optional<TerritorySummary> territory = verifications.counterTerritory();
        territoryLine.setText(territory.map(t -> getTranslation("counter.territory", t.name()))
                .orElseGet(() -> getTranslation("verification.error.noCounterTerritory")));
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
        birth.setMax(LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
        birth.setId("paper-birth");
        document.setLabel(getTranslation("paper.document"));
        document.setItems(IdentityDocument.values());
        document.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        document.setId("paper-document");
        idea.setLabel(getTranslation("paper.idea"));
        idea.setItemLabelGenerator(card -> "n° " + card.id() + " – " + card.title());
        Long territoryId = territory.map(TerritorySummary::id).orElse(null);
        idea.setItems(query -> territoryId == null ? java.util.stream.Stream.empty()
                : ideas.browse(new IdeaQuery(query.getFilter().filter(text -> !text.isBlank()).orElse(null), null,
                        territoryId, null, null, IdeaSort.NEWEST), query.getOffset(), query.getLimit()).stream()
                        .filter(card -> card.state().acceptsSupport()));
        idea.setId("paper-idea");
        seen.setLabel(getTranslation("paper.confirm"));
        seen.setId("paper-seen");
        Button record = new Button(getTranslation("paper.record"), click -> record());
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setId("paper-record");
        for (HasSize field : List.<HasSize>of(form, family, given, birth, document, idea)) {
            field.setWidth("24rem");
            field.setMaxWidth("100%");
        }
        content.setPadding(false);
        content.add(new H1(getTranslation("paper.title")), territoryLine, new Paragraph(getTranslation("paper.intro")),
                new H2(getTranslation("paper.support")), form, family, given, birth, document, idea, seen, record,
                new Paragraph(getTranslation("paper.privacy")));
        add(content);
    }

    private void record() {
        IdeaCard chosen = idea.getValue();
        IdentityDocument kind = document.getValue();
        if (chosen == null || kind == null || !seen.getValue()) {
            Notifications.error(getTranslation("paper.choose"));
            return;
        }
        try {
            PaperIdentity identity = PaperIdentity.of(family.getValue(), given.getValue(), birth.getValue(),
                    LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
            var receipt = paper.recordSupport(form.getValue(), identity, kind, chosen.id());
            clear();
            removeAll();
            add(new ReceiptSheet(receipt, this::showForm));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void clear() {
        form.clear();
        family.clear();
        given.clear();
        birth.clear();
        document.clear();
        idea.clear();
        seen.clear();
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
