package fr.sensiblecity.verification;

import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the services of guarded actions ask before acting: may this resident do this in that territory? Yes when
 * the territory does not reserve the action, or when the resident holds a verification for it that is neither
 * expired nor revoked. Authorization of the action itself stays with its own service.
 */
@Component
public class ResidencyCheck {

    /** The page where a resident types their letter code and reads how else to get verified. */
    public static final String VERIFY_PAGE = "verify";

    private final VerificationStore store;
    private final TerritoryService territories;
    private final CurrentResident current;
    private final Clock clock;

    ResidencyCheck(VerificationStore store, TerritoryService territories, CurrentResident current, Clock clock) {
        this.store = store;
        this.territories = territories;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean mayAct(long residentId, long territoryId, VerifiedAction action) {
        return !store.ruleApplies(territoryId, action) || store.verifiedNow(residentId, territoryId, clock.instant());
    }

    /**
     * Of a group acting together (the supports of one idea written in one batch), those who may act: the territory's
     * rule is read once and the verifications of the whole group in one statement, not one pair per person.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> mayActAmong(java.util.Collection<Long> residentIds, long territoryId,
            VerifiedAction action) {
        return store.ruleApplies(territoryId, action)
                ? store.verifiedNowAmong(residentIds, territoryId, clock.instant()) : new java.util.HashSet<>(residentIds);
    }

    /** Refuses, with a sentence saying why and how to get verified, a resident who may not act. */
    @Transactional(readOnly = true)
    public void require(long residentId, long territoryId, VerifiedAction action) {
        if (!mayAct(residentId, territoryId, action)) {
            throw refusal(territoryId, action);
        }
    }

    /** For a page: the refusal the signed-in resident would meet, shown before they try. Nothing for a visitor. */
    @Transactional(readOnly = true)
    public Optional<NotVerified> refusalForMe(long territoryId, VerifiedAction action) {
        return current.id().filter(me -> !mayAct(me, territoryId, action)).map(me -> refusal(territoryId, action));
    }

    /** The refusal for the action in the territory, with its name. */
    public NotVerified refusal(long territoryId, VerifiedAction action) {
        return new NotVerified(action, territories.findTerritory(territoryId).map(TerritorySummary::name).orElse("?"));
    }
}
