package fr.sensiblecity.verification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A verification in force, as staff see it: who, how, until when. */
public record VerifiedResident(long id, long residentId, String displayName, VerificationMethod method,
        @Nullable IdentityDocument document, Instant verifiedAt, Instant expiresAt) {
}
