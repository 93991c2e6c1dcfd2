package fr.sensiblecity.base;

import java.util.Locale;
import java.util.Optional;

/** Remembers the language of the signed-in person; implemented by the module that knows residents. */
public interface LanguagePreferenceStore {

    /** The signed-in person's language, if someone is signed in and has chosen one. */
    Optional<Locale> preferredLanguage();

    /** Saves the signed-in person's language; does nothing for a visitor. */
    void rememberLanguage(Locale locale);
}
