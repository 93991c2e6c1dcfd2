package fr.sensiblecity.territories;

import java.util.Locale;

/** A theme as other modules and views see it. */
public record ThemeSummary(long id, String code, String nameFr, String nameEn, boolean active) {

    /** The theme's name in the reader's language. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
