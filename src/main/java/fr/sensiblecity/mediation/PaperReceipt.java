package fr.sensiblecity.mediation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the person takes home: the form's reference, what was recorded, and the one-time code to claim it; no code
 * when the person already claimed earlier records, since this one went to their account at once.
 */
public record PaperReceipt(String territoryName, String formReference, String ideaTitle, int supportCount,
        Instant recordedAt, @Nullable String claimCode) {
}
