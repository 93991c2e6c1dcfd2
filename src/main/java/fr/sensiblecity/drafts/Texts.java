package fr.sensiblecity.drafts;

import fr.sensiblecity.base.DomainException;
import org.jspecify.annotations.Nullable;

/** Checks the lengths of what people type, with one message per field. */
final class Texts {

    private Texts() {
    }

    static String required(@Nullable String raw, int min, int max, String messageKey) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() < min || text.length() > max) {
            throw new DomainException(messageKey, min, max);
        }
        return text;
    }

    static @Nullable String optional(@Nullable String raw, int max, String messageKey) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            throw new DomainException(messageKey, 0, max);
        }
        return text.isEmpty() ? null : text;
    }
}
