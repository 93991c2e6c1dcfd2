package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import java.util.function.Consumer;

/**
 * Asks for the sentence an action needs (why a report, why a hiding, the public answer) and runs the action;
 * a refusal is explained and the dialog stays open so nothing typed is lost.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    ReasonDialog(String title, String label, int maxLength, Consumer<String> action) {
        setHeaderTitle(title);
        reason.setLabel(label);
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setId("reason-text");
        reason.setRequiredIndicatorVisible(true);
        add(reason);
        Button confirm = new Button(getTranslation("common.confirm"), click -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("reason-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }
}
