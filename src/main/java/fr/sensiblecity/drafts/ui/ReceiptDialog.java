package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a voter their receipt once, right after they voted: the platform keeps no link from them to it, so it
 * cannot show it again.
 */
final class ReceiptDialog {

    private ReceiptDialog() {
    }

    static void open(String receipt) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("drafts.receipt.title"));
        Span code = new Span(receipt);
        code.setId("ballot-receipt");
        code.addClassName("sc-receipt");
        dialog.add(new Paragraph(dialog.getTranslation("drafts.receipt.intro")), new Paragraph(code),
                new Paragraph(dialog.getTranslation("drafts.receipt.help")));
        Button close = new Button(dialog.getTranslation("drafts.receipt.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.setId("close-receipt");
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }
}
