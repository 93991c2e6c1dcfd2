package fr.sensiblecity.verification;

import java.time.Instant;

/** A resident's verification for one territory, as they see it. */
public record MyVerification(long id, long territoryId, String territoryName, VerificationMethod method,
        Instant verifiedAt, Instant expiresAt) {
}
