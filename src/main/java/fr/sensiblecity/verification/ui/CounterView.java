package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.residents.ResidentName;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.MyVerification;
import fr.sensiblecity.verification.VerificationService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A mediator at a town hall or France Services counter finds the person by the public name they give, checks
 * an identity document, and marks them verified for the counter's territory. The document's number is never asked.
 */
@Route("counter")
@RolesAllowed("MEDIATOR")
class CounterView extends VerticalLayout implements HasDynamicTitle {

    private final VerificationService verifications;
    private final ComboBox<ResidentName> resident = new ComboBox<>();
    private final Select<IdentityDocument> document = new Select<>();
    private final Checkbox seen = new Checkbox();

    CounterView(VerificationService verifications) {
        this.verifications = verifications;
        addClassName("sc-page");
        add(new H1(getTranslation("counter.title")));
        Paragraph territory = new Paragraph();
        territory.setId("counter-territory");
        try {
            territory.setText(verifications.counterTerritory().map(TerritorySummary::name)
                    .map(name -> getTranslation("counter.territory", name))
                    .orElseGet(() -> getTranslation("verification.error.noCounterTerritory")));
        } catch (DomainException refused) {
            territory.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
        resident.setLabel(getTranslation("counter.search"));
        resident.setItemLabelGenerator(ResidentName::displayName);
        resident.setItems(query -> verifications.findResidents(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        resident.setId("counter-resident");
        document.setLabel(getTranslation("counter.document"));
        document.setItems(IdentityDocument.values());
        document.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        document.setId("counter-document");
        seen.setLabel(getTranslation("counter.confirm"));
        seen.setId("counter-seen");
        Button verify = new Button(getTranslation("counter.verify"), click -> verify());
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.setId("counter-verify");
        // Wide enough for the labels and the names, never wider than a phone.
        for (com.vaadin.flow.component.HasSize field : List.<com.vaadin.flow.component.HasSize>of(resident, document)) {
            field.setWidth("24rem");
            field.setMaxWidth("100%");
        }
        // The paper-form page lives in the mediation module, which builds on this one: linked by its route.
        com.vaadin.flow.component.html.Anchor paper = new com.vaadin.flow.component.html.Anchor("counter/paper",
                getTranslation("paper.link"));
        paper.setId("counter-paper-link");
        add(territory, new Paragraph(paper), resident, document, seen, verify);
    }

    private void verify() {
        ResidentName person = resident.getValue();
        IdentityDocument kind = document.getValue();
        if (person == null || kind == null || !seen.getValue()) {
            Notifications.error(getTranslation("counter.choose"));
            return;
        }
        try {
            MyVerification done = verifications.verifyInPerson(person.id(), kind);
            Notifications.success(getTranslation("counter.done", person.displayName(), done.territoryName()));
            resident.clear();
            document.clear();
            seen.clear();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title") + " | " + getTranslation("app.name");
    }
}
