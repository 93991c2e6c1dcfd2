package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.notifications.EmailService;
import fr.sensiblecity.notifications.NotificationKind;
import java.util.List;
import java.util.Map;

/** Where an e-mail's unsubscribe link lands, signed in or not: what stopped, or why nothing did. */
@Route("unsubscribed")
@AnonymousAllowed
class UnsubscribedView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Paragraph result = new Paragraph();

    UnsubscribedView() {
        addClassName("sc-page");
        result.setId("unsubscribe-result");
        add(new H1(getTranslation("email.unsubscribe.title")), result,
                new Anchor(EmailChoicesView.ROUTE, getTranslation("email.unsubscribe.manage")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String kind = parameters.getOrDefault("kind", List.of("")).getFirst();
        if (parameters.containsKey("invalid") || kind.isEmpty()) {
            result.setText(getTranslation("email.unsubscribe.invalid"));
        } else if (kind.equals("ALL")) {
            result.setText(getTranslation("email.unsubscribe.doneAll"));
        } else {
            result.setText(java.util.Arrays.stream(NotificationKind.values()).filter(known -> known.name().equals(kind))
                    .findFirst().map(known -> getTranslation("email.unsubscribe.done",
                            EmailService.kindLabel(known, getLocale())))
                    .orElse(getTranslation("email.unsubscribe.invalid")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.unsubscribe.title") + " | " + getTranslation("app.name");
    }
}
