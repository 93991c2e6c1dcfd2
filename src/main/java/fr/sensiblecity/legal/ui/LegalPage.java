package fr.sensiblecity.legal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page of prose from the translation bundle, under one heading, readable at a comfortable line length. */
abstract class LegalPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    LegalPage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames("sc-page", "sc-legal");
        add(new H1(getTranslation(titleKey)));
    }

    void heading(String key) {
        add(new H2(getTranslation(key)));
    }

    void paragraph(String key, Object... arguments) {
        add(new Paragraph(getTranslation(key, arguments)));
    }

    void bullets(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        add(list);
    }

    /** A sentence followed by a link, e.g. "Online form: " and the form's address. */
    void linked(String key, String href) {
        add(new Paragraph(new Span(getTranslation(key) + " "), new Anchor(href, href)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
