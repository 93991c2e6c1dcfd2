package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.notifications.EmailService;
import java.util.List;

/**
 * Where the link sent to a new address leads, signed in or not (it may open in another browser). As with
 * unsubscribing, opening it confirms nothing: the button does, so a mail scanner's visit proves nothing. A link
 * that would confirm nothing (forged, expired, or for an address since changed) is explained at once, without a button.
 */
@Route(EmailService.CONFIRM_ROUTE)
@AnonymousAllowed
class ConfirmAddressView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EmailService emails;
    private final Paragraph result = new Paragraph(getTranslation("email.confirm.ask"));
    private final Button confirm = new Button(getTranslation("email.confirm.button"));
    private String token = "";

    ConfirmAddressView(EmailService emails) {
        this.emails = emails;
        addClassName("sc-page");
        result.setId("confirm-result");
        confirm.setId("confirm-address");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> confirm());
        add(new H1(getTranslation("email.confirm.title")), result, confirm,
                new Anchor(EmailChoicesView.ROUTE, getTranslation("email.unsubscribe.manage")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("t", List.of("")).getFirst();
        boolean valid = emails.canConfirm(token);
        result.setText(getTranslation(valid ? "email.confirm.ask" : "email.confirm.invalid"));
        confirm.setVisible(valid);
    }

    private void confirm() {
        try {
            emails.confirmAddress(token);
            result.setText(getTranslation("email.confirm.done"));
        } catch (DomainException invalid) {
            result.setText(getTranslation(invalid.messageKey()));
        }
        confirm.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.confirm.title") + " | " + getTranslation("app.name");
    }
}
