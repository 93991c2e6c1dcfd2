package fr.sensiblecity.ideas;

import fr.sensiblecity.base.AuditEntry;
import java.util.List;

/** A page of the audit trail, whether the whole chain verifies, and its head hash (publishable). */
public record AuditPage(List<AuditEntry> entries, boolean chainIntact, String head) {
}
