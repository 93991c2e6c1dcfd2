package fr.sensiblecity.drafts;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import org.jspecify.annotations.Nullable;

/** Cleans what people type ({@link FreeText}) and checks its length, with one message per field. */
final class Texts {

    private Texts() {
    }

    static String required(@Nullable String raw, int min, int max, String messageKey) {
        String text = FreeText.multiLine(raw);
        if (!FreeText.fits(text, min, max)) {
            throw new DomainException(messageKey, min, max);
        }
        return text;
    }

    /** A name or a title: one line. */
    static String requiredLine(@Nullable String raw, int min, int max, String messageKey) {
        String text = FreeText.singleLine(raw);
        if (!FreeText.fits(text, min, max)) {
            throw new DomainException(messageKey, min, max);
        }
        return text;
    }

    static @Nullable String optional(@Nullable String raw, int max, String messageKey) {
        String text = FreeText.singleLine(raw);
        if (!FreeText.fits(text, 0, max)) {
            throw new DomainException(messageKey, 0, max);
        }
        return text.isEmpty() ? null : text;
    }
}
