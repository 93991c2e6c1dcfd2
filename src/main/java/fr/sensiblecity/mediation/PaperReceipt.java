package fr.sensiblecity.mediation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the person takes home: the form's reference, what was recorded (the idea, panel or consultation it concerns)
 * and, until they claimed a first form, the one-time code to claim it; no code once they have, since the record went
 * to their account at once.
 */
public record PaperReceipt(String territoryName, String formReference, PaperRecordKind kind, String subject,
        Instant recordedAt, @Nullable String claimCode) {
}
