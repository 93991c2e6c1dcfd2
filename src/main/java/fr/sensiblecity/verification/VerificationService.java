package fr.sensiblecity.verification;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import fr.sensiblecity.base.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A resident's own verifications; staff see who is verified in a territory, verify in person, and revoke. */
@Service
public class VerificationService {

    private static final int LIST_LIMIT = 200;

    private final VerificationStore store;
    private final VerificationRecorder recorder;
    private final TerritoryService territories;
    private final ResidentService residents;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;
    private final CounterPlacements placements;

    VerificationService(VerificationStore store, VerificationRecorder recorder, TerritoryService territories,
            ResidentService residents, AuditTrail audit, CurrentResident current, Clock clock,
            CounterPlacements placements) {
        this.placements = placements;
        this.store = store;
        this.recorder = recorder;
        this.territories = territories;
        this.residents = residents;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** The signed-in resident's verifications in force; nothing for a visitor. */
    @Transactional(readOnly = true)
    public List<MyVerification> myVerifications() {
        return current.id().map(me -> store.current(me, clock.instant()).stream().map(this::mine).toList())
                .orElse(List.of());
    }

    /** Who is verified in the territory now (newest first, at most 200), for staff who may revoke. */
    @Transactional(readOnly = true)
    @PreAuthorize("@verificationPermissions.canSeeVerifications(authentication)")
    public List<VerifiedResident> verifiedIn(long territoryId) {
        requireOwnCounterUnlessAdministrator(territoryId);
        List<VerificationStore.Row> rows = store.inTerritory(territoryId, clock.instant(), LIST_LIMIT);
        Map<Long, String> names = residents.displayNamesOf(rows.stream().map(VerificationStore.Row::residentId).toList());
        return rows.stream().map(row -> new VerifiedResident(row.id(), row.residentId(),
                names.getOrDefault(row.residentId(), "?"), row.method(), row.document(), row.verifiedAt(),
                row.expiresAt())).toList();
    }

    /**
     * A mediator at a counter has seen the resident's identity document and marks them verified for the
     * territory. Only the document's kind is recorded, never its number.
     */
    @Transactional
    @PreAuthorize("@verificationPermissions.canVerifyInPerson(authentication)")
    public MyVerification verifyInPerson(long residentId, IdentityDocument document) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        long territoryId = counterTerritory().map(TerritorySummary::id)
                .orElseThrow(() -> new DomainException("verification.error.noCounterTerritory"));
        if (residents.displayNameOf(residentId).isEmpty()) {
            throw new NotFound("verification.error.residentNotFound");
        }
        if (residentId == me) {
            throw new DomainException("verification.error.self");
        }
        if (store.verifiedNow(residentId, territoryId, clock.instant())) {
            throw new DomainException("verification.error.alreadyVerified");
        }
        return recorder.record(residentId, territoryId, VerificationMethod.IN_PERSON, document, me);
    }

    /**
     * The territory a mediator verifies and records paper forms for: the counter an administrator placed them at
     * ({@link CounterPlacements}), or else the one of the district in their own profile. A mediator cannot act for
     * another commune.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@verificationPermissions.canVerifyInPerson(authentication)")
    public java.util.Optional<TerritorySummary> counterTerritory() {
        java.util.Optional<Long> placed = current.id().flatMap(placements::placement);
        if (placed.isPresent()) {
            return territories.findTerritory(placed.get());
        }
        Long district = residents.myProfile().districtId();
        if (district == null) {
            return java.util.Optional.empty();
        }
        return territories.listTerritories().stream()
                .filter(territory -> territory.districts().stream().anyMatch(d -> d.id() == district)).findFirst();
    }

    /** Residents a mediator may verify, by the public name they give at the counter. */
    @Transactional(readOnly = true)
    @PreAuthorize("@verificationPermissions.canVerifyInPerson(authentication)")
    public List<fr.sensiblecity.residents.ResidentName> findResidents(String namePart) {
        return residents.searchForFacilitators(namePart, 20);
    }

    /**
     * The signed-in resident has just claimed the paper records of a person a mediator identified, with an identity
     * document, at the territory's counter (the mediation module checked the receipt's one-time code): they become
     * verified there, as with a letter code. Nothing changes if they already are.
     */
    @Transactional
    @PreAuthorize("@verificationPermissions.canRedeemCode(authentication)")
    public java.util.Optional<MyVerification> verifyByCounterReceipt(long territoryId) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (store.verifiedNow(me, territoryId, clock.instant())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(recorder.record(me, territoryId, VerificationMethod.COUNTER_RECEIPT, null, null));
    }

    /** Ends a verification now (a mistake, a move, a misused letter); the resident's past actions stay. */
    @Transactional
    @PreAuthorize("@verificationPermissions.canRevoke(authentication)")
    public void revoke(long verificationId) {
        VerificationStore.Row row = store.find(verificationId)
                .orElseThrow(() -> new NotFound("verification.error.notFound"));
        requireOwnCounterUnlessAdministrator(row.territoryId());
        if (row.revokedAt() != null) {
            throw new DomainException("verification.error.alreadyRevoked");
        }
        store.revoke(verificationId, clock.instant(), current.id().orElse(null));
        String name = territories.findTerritory(row.territoryId()).map(TerritorySummary::name).orElse("?");
        audit.append(current.id().orElse(null), "RESIDENCY_REVOKED", "RESIDENT", row.residentId(),
                AuditDetails.of().text(name).label(row.method().labelKey()));
    }

    /** A mediator sees and revokes only what concerns the territory of their own counter. */
    private void requireOwnCounterUnlessAdministrator(long territoryId) {
        if (Role.ADMINISTRATOR.heldBy(SecurityContextHolder.getContext().getAuthentication())) {
            return;
        }
        if (counterTerritory().map(TerritorySummary::id).filter(id -> id == territoryId).isEmpty()) {
            throw new AccessDeniedException("not this mediator's territory");
        }
    }

    private MyVerification mine(VerificationStore.Row row) {
        String name = territories.findTerritory(row.territoryId()).map(TerritorySummary::name).orElse("?");
        return new MyVerification(row.id(), row.territoryId(), name, row.method(), row.verifiedAt(), row.expiresAt());
    }
}
