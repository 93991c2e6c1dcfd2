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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.notifications.EmailService;
import fr.sensiblecity.notifications.NotificationKind;
import java.util.List;
import java.util.Optional;

/**
 * Where an e-mail's unsubscribe link leads, signed in or not. Opening it stops nothing (mail scanners open every
 * link): the resident presses the button, and only then are the e-mails stopped.
 */
@Route(EmailService.UNSUBSCRIBE_ROUTE)
@AnonymousAllowed
class UnsubscribeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EmailService emails;
    private final Paragraph question = new Paragraph();
    private final Button confirm = new Button();
    private String token = "";

    UnsubscribeView(EmailService emails) {
        this.emails = emails;
        addClassName("sc-page");
        question.setId("unsubscribe-question");
        confirm.setText(getTranslation("email.unsubscribe.confirm"));
        confirm.setId("confirm-unsubscribe");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> unsubscribe());
        add(new H1(getTranslation("email.unsubscribe.title")), question, confirm,
                new Anchor(EmailChoicesView.ROUTE, getTranslation("email.unsubscribe.manage")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("t", List.of("")).getFirst();
        try {
            Optional<NotificationKind> kind = emails.unsubscribeScope(token);
            question.setText(kind.map(known -> getTranslation("email.unsubscribe.ask",
                    EmailService.kindLabel(known, getLocale()))).orElse(getTranslation("email.unsubscribe.askAll")));
            confirm.setVisible(true);
        } catch (DomainException invalid) {
            question.setText(getTranslation(invalid.messageKey()));
            confirm.setVisible(false);
        }
    }

    private void unsubscribe() {
        QueryParameters result;
        try {
            result = QueryParameters.of("kind", emails.unsubscribe(token).map(Enum::name).orElse("ALL"));
        } catch (DomainException invalid) {
            result = QueryParameters.of("invalid", "");
        }
        QueryParameters shown = result;
        getUI().ifPresent(ui -> ui.navigate("unsubscribed", shown));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.unsubscribe.title") + " | " + getTranslation("app.name");
    }
}
