package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.drafts.ReceiptCheck;
import fr.sensiblecity.drafts.RecommendationService;

/** A voter types the receipt they were shown and sees that their ballot is in the box, as they cast it. */
class ReceiptCheckForm extends VerticalLayout {

    ReceiptCheckForm(RecommendationService recommendations, long draftId) {
        setPadding(false);
        TextField receipt = new TextField(getTranslation("drafts.receipt.field"));
        receipt.setRequiredIndicatorVisible(true);
        receipt.setId("receipt-code");
        receipt.setMaxLength(40);
        receipt.setPlaceholder("0000-0000-0000-0000-0000");
        Paragraph result = new Paragraph();
        result.setId("receipt-result");
        result.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(getTranslation("drafts.receipt.check"), click -> result.setText(
                recommendations.checkReceipt(draftId, receipt.getValue()).map(this::sentence)
                        .orElseGet(() -> getTranslation("drafts.receipt.notFound"))));
        check.setId("check-receipt");
        check.addClickShortcut(Key.ENTER).listenOn(receipt);
        HorizontalLayout row = new HorizontalLayout(receipt, check);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H2(getTranslation("drafts.receipt.heading")), new Paragraph(getTranslation("drafts.receipt.explain")),
                row, result);
    }

    private String sentence(ReceiptCheck found) {
        return getTranslation(found.sealed() ? "drafts.receipt.foundSealed" : "drafts.receipt.found",
                getTranslation(found.kind().labelKey()),
                found.subjectId(), getTranslation(found.choice().labelKey()));
    }
}
