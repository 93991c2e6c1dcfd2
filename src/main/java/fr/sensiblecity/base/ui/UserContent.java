package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.HasElement;

/**
 * What people write on the platform (ideas, comments, panel questions, projects) is French, whatever the language
 * of the page around it: it says so, so that a screen reader on an English page reads it with a French voice
 * (WCAG 3.1.2, language of parts).
 */
public final class UserContent {

    /** The language of the platform's content. */
    public static final String LANGUAGE = "fr";

    private UserContent() {
    }

    public static <T extends HasElement> T french(T component) {
        component.getElement().setAttribute("lang", LANGUAGE);
        return component;
    }
}
