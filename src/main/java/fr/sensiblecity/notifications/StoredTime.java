package fr.sensiblecity.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the schema stores them: UTC date-times to the microsecond, as the rest of the platform does. */
final class StoredTime {

    private StoredTime() {
    }

    static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant toInstant(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }
}
