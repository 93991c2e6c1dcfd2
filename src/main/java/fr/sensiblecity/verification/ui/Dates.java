package fr.sensiblecity.verification.ui;

import fr.sensiblecity.base.ui.LongDates;
import java.time.Instant;
import java.util.Locale;

/** Dates on these pages: long form, in the platform's time zone. */
final class Dates {

    private Dates() {
    }

    static String of(Instant at, Locale locale) {
        return LongDates.of(at, locale);
    }
}
