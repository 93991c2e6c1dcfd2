package fr.sensiblecity.mediation;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.OneTimeCodes;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.drafts.PaperComments;
import fr.sensiblecity.ideas.PaperSupports;
import fr.sensiblecity.panels.PaperVolunteers;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.VerificationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident types the code from a counter receipt and the person's paper records pass to their account. From then
 * on the person key points to that account, so later paper forms of the same person go there at once.
 */
@Service
public class PaperClaims {

    private static final String RATE_BUCKET = "paper-claims";

    private final PaperStore store;
    private final PaperSupports supports;
    private final PaperVolunteers volunteers;
    private final PaperComments comments;
    private final VerificationService verifications;
    private final TerritoryService territories;
    private final MediationSettings settings;
    private final RateLimiter rateLimiter;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    PaperClaims(PaperStore store, PaperSupports supports, PaperVolunteers volunteers, PaperComments comments,
            VerificationService verifications, TerritoryService territories, MediationSettings settings,
            RateLimiter rateLimiter, AuditTrail audit, CurrentResident current, Clock clock) {
        this.store = store;
        this.supports = supports;
        this.volunteers = volunteers;
        this.comments = comments;
        this.verifications = verifications;
        this.territories = territories;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /**
     * The signed-in resident claims the records of the receipt's person: supports pass to their account, those they
     * had given online too count once; pool entries likewise while the pool is open; comments become theirs. The
     * account becomes verified for the territory: the mediator saw an identity document and gave the code to that
     * person only. An account claims the paper records of one person per territory; tries count against an hourly
     * limit, right or wrong.
     */
    @Transactional
    @PreAuthorize("@mediationPermissions.canClaim(authentication)")
    public ClaimOutcome claim(String typed) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        rateLimiter.acquire(RATE_BUCKET, me, settings.claimAttemptsPerHour(), Duration.ofHours(1),
                "paper.error.tooManyAttempts");
        String normalized = OneTimeCodes.normalize(typed);
        if (normalized.length() != OneTimeCodes.LENGTH) {
            throw new DomainException("paper.error.codeFormat", OneTimeCodes.LENGTH);
        }
        long personId = store.lockUnusedCode(PaperParticipation.hash(normalized))
                .orElseThrow(() -> new DomainException("paper.error.codeUnknown"));
        PaperStore.Person person = store.lockPerson(personId)
                .orElseThrow(() -> new DomainException("paper.error.codeUnknown"));
        if (store.claimedIn(me, person.territoryId())) {
            throw new DomainException("paper.error.otherPerson");
        }
        PaperSupports.HandOver handedSupports = supports.takeOver(person.paperAccountId());
        PaperVolunteers.HandOver handedEntries = volunteers.takeOver(person.paperAccountId());
        int handedComments = comments.takeOver(person.paperAccountId());
        Instant now = clock.instant();
        store.markClaimed(person.id(), me, now);
        boolean verified = verifications.verifyByCounterReceipt(person.territoryId()).isPresent();
        audit.append(me, "PAPER_RECORDS_CLAIMED", "RESIDENT", me, AuditDetails.of().count(store.records(person.id())));
        String name = territories.findTerritory(person.territoryId()).map(TerritorySummary::name).orElse("?");
        return new ClaimOutcome(name, handedSupports.moved(), handedSupports.merged(), handedEntries.moved(),
                handedEntries.merged(), handedComments, verified);
    }
}
