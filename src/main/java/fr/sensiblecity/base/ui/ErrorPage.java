package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What every error page shows: a title, one plain sentence and a way back home. */
abstract class ErrorPage extends VerticalLayout {

    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();

    ErrorPage() {
        addClassName("sc-page");
        setId("error-page");
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        add(title, message, home);
    }

    void show(String titleKey, String messageKey) {
        title.setText(getTranslation(titleKey));
        message.setText(getTranslation(messageKey));
    }
}
