package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.notifications.EmailChoices;
import fr.sensiblecity.notifications.EmailService;
import fr.sensiblecity.notifications.NotificationKind;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Optional;

/**
 * A resident's e-mail address (optional, for notifications only) and which events reach it, one e-mail each
 * or a daily digest. A first-time visitor finds every event ticked: they see it before saving anything.
 */
@Route(EmailChoicesView.ROUTE)
@PermitAll
class EmailChoicesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "profile/email";

    private final EmailService emails;
    private final EmailField address = new EmailField();
    private final CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> rhythm = new RadioButtonGroup<>();
    private final Paragraph confirmation = new Paragraph();
    private final Button resend = new Button();

    EmailChoicesView(EmailService emails) {
        this.emails = emails;
        addClassName("sc-page");
        add(new H1(getTranslation("email.title")), new Paragraph(getTranslation("email.intro")));

        address.setLabel(getTranslation("email.address"));
        address.setHelperText(getTranslation("email.address.help"));
        address.setId("email-address");
        address.setMaxLength(254);
        address.setClearButtonVisible(true);
        address.setWidth("min(100%, 28rem)");

        kinds.setLabel(getTranslation("email.kinds"));
        kinds.setId("email-kinds");
        kinds.setItems(NotificationKind.values());
        kinds.setItemLabelGenerator(kind -> EmailService.kindLabel(kind, getLocale()));
        kinds.addClassName("sc-vertical-choices");

        rhythm.setLabel(getTranslation("email.rhythm"));
        rhythm.setId("email-rhythm");
        rhythm.setItems(false, true);
        rhythm.setItemLabelGenerator(digest -> getTranslation(digest ? "email.rhythm.digest" : "email.rhythm.each"));

        // A status, read out by screen readers when it changes after saving.
        confirmation.setId("email-confirmation");
        confirmation.getElement().setAttribute("role", "status");
        resend.setText(getTranslation("email.confirm.resend"));
        resend.setId("resend-confirmation");
        resend.addClickListener(click -> resend());

        show(emails.myChoices());
        Button save = new Button(getTranslation("email.save"), click -> save());
        save.setId("save-email");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(address, confirmation, resend, kinds, rhythm, save);
    }

    private void resend() {
        try {
            emails.resendConfirmation();
            Notifications.success(getTranslation("email.confirm.sent"));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void show(Optional<EmailChoices> choices) {
        boolean waiting = choices.filter(known -> !known.confirmed()).isPresent();
        confirmation.setVisible(choices.isPresent());
        confirmation.setText(choices.map(known -> getTranslation(known.confirmed() ? "email.confirm.confirmed"
                : "email.confirm.waiting", known.address())).orElse(""));
        resend.setVisible(waiting);
        address.setValue(choices.map(EmailChoices::address).orElse(""));
        kinds.setValue(choices.map(EmailChoices::kinds).orElse(EnumSet.allOf(NotificationKind.class)));
        rhythm.setValue(choices.map(EmailChoices::digest).orElse(false));
    }

    private void save() {
        try {
            Optional<EmailChoices> saved = emails.saveMyChoices(address.getValue(), Boolean.TRUE.equals(rhythm.getValue()),
                    kinds.getValue());
            show(saved);
            Notifications.success(getTranslation(saved.isEmpty() ? "email.forgotten"
                    : saved.get().confirmed() ? "email.saved" : "email.saved.confirm"));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.title") + " | " + getTranslation("app.name");
    }
}
