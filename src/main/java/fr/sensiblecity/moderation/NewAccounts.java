package fr.sensiblecity.moderation;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Accounts younger than the administrators' threshold cannot yet support an idea nor comment, which slows down
 * accounts made in bulk to push an idea or flood a discussion. Staff are not exempt: a freshly made staff account is
 * as likely to be a mistake or a stolen invitation, and staff rarely need to support or comment in their first hours.
 * With the threshold at 0 nothing is read.
 */
@Component
public class NewAccounts {

    /** The platform's wall-clock time, in which the refusal says when the resident may act. */
    private static final ZoneId TERRITORY_TIME = ZoneId.of("Europe/Paris");

    private final ModerationThresholds thresholds;
    private final ResidentService residents;
    private final Clock clock;

    NewAccounts(ModerationThresholds thresholds, ResidentService residents, Clock clock) {
        this.thresholds = thresholds;
        this.residents = residents;
        this.clock = clock;
    }

    /** Refuses, saying from when they may, a resident whose account is younger than the threshold. */
    public void requireOldEnough(long residentId) {
        int hours = thresholds.newAccountHours();
        if (hours == 0) {
            return;
        }
        Instant from = residents.accountCreatedAt(residentId).orElse(Instant.EPOCH).plus(Duration.ofHours(hours));
        if (clock.instant().isBefore(from)) {
            // MessageFormat writes a Date in the JVM's zone: this Date reads, there, the territory's wall-clock time.
            var wallClock = from.atZone(TERRITORY_TIME).toLocalDateTime();
            throw new DomainException("moderation.error.accountTooNew", hours,
                    Date.from(wallClock.atZone(ZoneId.systemDefault()).toInstant()));
        }
    }
}
