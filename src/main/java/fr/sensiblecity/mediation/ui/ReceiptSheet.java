package fr.sensiblecity.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.sensiblecity.base.ui.LongDates;
import fr.sensiblecity.mediation.PaperReceipt;

/**
 * The receipt the person takes home, printed at the counter: what was recorded and, until they claimed a first
 * form, the one-time code to claim it. The code is in clear only here.
 */
class ReceiptSheet extends Div {

    ReceiptSheet(PaperReceipt receipt, Runnable back) {
        setId("receipt-sheet");
        setMaxWidth("100%");
        H1 title = new H1(getTranslation("receipt.title", receipt.formReference()));
        title.addClassName("sc-no-print");
        Button print = new Button(getTranslation("receipt.print"), click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setId("receipt-print");
        Button leave = new Button(getTranslation("receipt.back"), click -> back.run());
        leave.setId("receipt-back");
        HorizontalLayout actions = new HorizontalLayout(print, leave);
        actions.addClassName("sc-no-print");
        // Two buttons side by side are wider than a phone: they go one under the other there.
        actions.setWrap(true);
        Section sheet = new Section(new H2(getTranslation("receipt.heading", receipt.territoryName())),
                new Paragraph(getTranslation("receipt.form", receipt.formReference(),
                        LongDates.of(receipt.recordedAt(), getLocale()))),
                new Paragraph(getTranslation("receipt.record." + receipt.kind().name().toLowerCase(java.util.Locale.ROOT),
                        receipt.subject())));
        if (receipt.claimCode() != null) {
            Span code = new Span(receipt.claimCode());
            code.addClassName("sc-letter-code");
            code.setId("receipt-code");
            sheet.add(new Paragraph(new Span(getTranslation("receipt.code") + " "), code),
                    new Paragraph(getTranslation("receipt.claim")));
        } else {
            Paragraph claimed = new Paragraph(getTranslation("receipt.claimed"));
            claimed.setId("receipt-claimed");
            sheet.add(claimed);
        }
        sheet.add(new Paragraph(getTranslation("receipt.privacy")));
        sheet.addClassName("sc-letter");
        add(title, actions, sheet);
    }
}
