package fr.sensiblecity.verification;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a verification and its audit entry, whichever way it was obtained; callers check who may. */
@Component
class VerificationRecorder {

    private final VerificationStore store;
    private final VerificationThresholds thresholds;
    private final TerritoryService territories;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    VerificationRecorder(VerificationStore store, VerificationThresholds thresholds, TerritoryService territories,
            AuditTrail audit, CurrentResident current, Clock clock) {
        this.store = store;
        this.thresholds = thresholds;
        this.territories = territories;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    MyVerification record(long residentId, long territoryId, VerificationMethod method,
            @Nullable IdentityDocument document, @Nullable Long verifiedBy) {
        Instant now = clock.instant();
        Instant expires = now.plus(thresholds.validity());
        long id = store.insertVerification(residentId, territoryId, method, document, now, expires, verifiedBy);
        String name = territories.findTerritory(territoryId).map(TerritorySummary::name).orElse("?");
        if (method == VerificationMethod.TOWN_HALL_LIST) {
            // A system verification: no one acted but the resident signing in, so no actor.
            audit.append(null, "RESIDENCY_VERIFIED_BY_LIST", "RESIDENT", residentId, AuditDetails.of().text(name));
        } else if (method == VerificationMethod.COUNTER_RECEIPT) {
            audit.append(current.id().orElse(null), "RESIDENCY_VERIFIED_BY_RECEIPT", "RESIDENT", residentId,
                    AuditDetails.of().text(name));
        } else if (document == null) {
            audit.append(current.id().orElse(null), "RESIDENCY_VERIFIED_BY_CODE", "RESIDENT", residentId,
                    AuditDetails.of().text(name));
        } else {
            audit.append(current.id().orElse(null), "RESIDENCY_VERIFIED_IN_PERSON", "RESIDENT", residentId,
                    AuditDetails.of().text(name).label(document.labelKey()));
        }
        return new MyVerification(id, territoryId, name, method, now, expires);
    }
}
