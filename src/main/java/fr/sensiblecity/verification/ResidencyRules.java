package fr.sensiblecity.verification;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each territory's choice of the actions reserved to verified residents. Switching a rule on does not touch what
 * was done before: supports given under the rules then in force keep counting (see the README).
 */
@Service
public class ResidencyRules {

    private final VerificationStore store;
    private final TerritoryService territories;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    ResidencyRules(VerificationStore store, TerritoryService territories, AuditTrail audit, CurrentResident current,
            Clock clock) {
        this.store = store;
        this.territories = territories;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Public: anyone may know what a territory asks of its residents. */
    @Transactional(readOnly = true)
    public Set<VerifiedAction> rulesOf(long territoryId) {
        return store.rules(territoryId);
    }

    /** Sets the territory's reserved actions; each action switched on or off is one audit entry. */
    @Transactional
    @PreAuthorize("@verificationPermissions.canManageRules(authentication)")
    public Set<VerifiedAction> changeRules(long territoryId, Set<VerifiedAction> wanted) {
        if (territories.findTerritory(territoryId).isEmpty()) {
            throw new NotFound("territory.error.notFound");
        }
        Set<VerifiedAction> before = store.rules(territoryId);
        for (VerifiedAction action : VerifiedAction.values()) {
            if (wanted.contains(action) && !before.contains(action)) {
                store.addRule(territoryId, action, clock.instant());
                audit.append(current.id().orElse(null), "VERIFICATION_RULE_ON", "TERRITORY", territoryId,
                        AuditDetails.of().label(action.labelKey()));
            } else if (!wanted.contains(action) && before.contains(action)) {
                store.removeRule(territoryId, action);
                audit.append(current.id().orElse(null), "VERIFICATION_RULE_OFF", "TERRITORY", territoryId,
                        AuditDetails.of().label(action.labelKey()));
            }
        }
        return wanted.isEmpty() ? EnumSet.noneOf(VerifiedAction.class) : EnumSet.copyOf(wanted);
    }
}
