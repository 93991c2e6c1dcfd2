package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** What every error page shows: a title, one plain sentence and a way back home. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();
    private String titleKey = "error.unexpected.title";

    ErrorPage() {
        addClassName("sc-page");
        setId("error-page");
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        add(title, message, home);
    }

    void show(String titleKey, String messageKey) {
        this.titleKey = titleKey;
        title.setText(getTranslation(titleKey));
        message.setText(getTranslation(messageKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
