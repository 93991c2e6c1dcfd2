package fr.sensiblecity.ideas;

import fr.sensiblecity.base.FreeText;

/** What people type, cleaned by the shared rules of {@link FreeText}. */
final class Text {

    private Text() {
    }

    static String singleLine(String raw) {
        return FreeText.singleLine(raw);
    }

    static String multiLine(String raw) {
        return FreeText.multiLine(raw);
    }

    static boolean fits(String clean, int min, int max) {
        return FreeText.fits(clean, min, max);
    }
}
