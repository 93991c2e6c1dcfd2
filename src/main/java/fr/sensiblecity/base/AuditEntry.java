package fr.sensiblecity.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail; a null actor is the platform itself (for example an automatic hiding). */
public record AuditEntry(long seq, @Nullable Long actorId, String action, String targetType, long targetId,
        String reason, Instant at, String previousHash, String hash) {
}
