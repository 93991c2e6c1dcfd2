package fr.sensiblecity.base.ui;

import fr.sensiblecity.base.LanguagePreferenceStore;
import fr.sensiblecity.base.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides the language of a page: the signed-in resident's choice, then the visitor's cookie, then French.
 */
@Component
class LanguageResolver {

    private final LanguagePreferenceStore preferences;

    LanguageResolver(LanguagePreferenceStore preferences) {
        this.preferences = preferences;
    }

    Locale resolve(@Nullable HttpServletRequest request) {
        return preferences.preferredLanguage().orElseGet(() -> fromCookie(request));
    }

    private static Locale fromCookie(@Nullable HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return Languages.FRENCH;
        }
        for (Cookie cookie : request.getCookies()) {
            if (Languages.COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                return Languages.supported(cookie.getValue());
            }
        }
        return Languages.FRENCH;
    }
}
