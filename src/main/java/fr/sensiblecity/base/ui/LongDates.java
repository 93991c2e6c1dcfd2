package fr.sensiblecity.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A date in long form ("7 décembre 2026"), in the platform's time zone, for letters, receipts and lists. */
public final class LongDates {

    private LongDates() {
    }

    public static String of(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.of("Europe/Paris")).format(at);
    }
}
