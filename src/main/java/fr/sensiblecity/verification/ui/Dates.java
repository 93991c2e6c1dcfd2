package fr.sensiblecity.verification.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates on these pages: long form, in the platform's time zone. */
final class Dates {

    private Dates() {
    }

    static String of(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.of("Europe/Paris")).format(at);
    }
}
