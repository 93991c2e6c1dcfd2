package fr.sensiblecity.base;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks: French first, English second. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);
    public static final String COOKIE = "sc-lang";

    private Languages() {
    }

    /** Maps any tag to a supported language, falling back to French. */
    public static Locale supported(String tag) {
        if (tag == null) {
            return FRENCH;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return ENGLISH.getLanguage().equals(language) ? ENGLISH : FRENCH;
    }

    public static boolean isSupported(String tag) {
        if (tag == null) {
            return false;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(language));
    }
}
