package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;

/**
 * The one way to report a text, whichever module shows it: asks why, sends the report, and thanks the reporter
 * (saying so when the report hid the text). A refusal is explained and the dialog stays open, keeping what was typed.
 */
public class ReportDialog extends Dialog {

    /** Sends the report; true when it hid the text pending review. */
    @FunctionalInterface
    public interface Report {
        boolean send(String reason);
    }

    private final TextArea reason = new TextArea();

    public ReportDialog(String title, Report report, Runnable afterSent) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("report.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setId("reason-text");
        reason.addClassName("sc-wrap-label");
        add(reason);
        Button confirm = new Button(getTranslation("report.send"), click -> {
            try {
                boolean hidden = report.send(reason.getValue());
                close();
                Notifications.success(getTranslation(hidden ? "report.sentAndHidden" : "report.sent"));
                afterSent.run();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("reason-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        setWidth("32rem");
        setMaxWidth("100%");
    }

    /**
     * A small "Report" button that opens the dialog, named for a screen reader after what it reports, e.g. "Report
     * the comment of Alice".
     */
    public static Button button(String title, String accessibleName, Report report, Runnable afterSent) {
        Button open = new Button();
        open.setText(open.getTranslation("report.action"));
        open.setAriaLabel(accessibleName);
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        open.addClickListener(click -> new ReportDialog(title, report, afterSent).open());
        return open;
    }
}
