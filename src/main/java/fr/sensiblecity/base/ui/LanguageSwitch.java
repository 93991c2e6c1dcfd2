package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import fr.sensiblecity.base.LanguagePreferenceStore;
import fr.sensiblecity.base.Languages;
import java.util.Locale;

/**
 * Offers the other language, named in that language. The choice is kept for the resident and in a cookie for
 * visitors, then the page reloads so every text follows.
 */
public class LanguageSwitch extends Button {

    private final LanguagePreferenceStore store;

    LanguageSwitch(LanguagePreferenceStore store) {
        this.store = store;
        Locale current = UI.getCurrent() == null ? Languages.FRENCH : UI.getCurrent().getLocale();
        Locale other = Languages.ENGLISH.getLanguage().equals(current.getLanguage()) ? Languages.FRENCH : Languages.ENGLISH;
        setText(getTranslation("language.switchTo." + other.getLanguage()));
        getElement().setAttribute("lang", other.getLanguage());
        setId("language-switch");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(click -> switchTo(other));
    }

    private void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        store.rememberLanguage(locale);
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + "document.documentElement.lang = $1; window.location.reload();", Languages.COOKIE,
                locale.getLanguage());
    }
}
