package fr.sensiblecity.mediation;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.OneTimeCodes;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.base.Sha256;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.PaperSupports;
import fr.sensiblecity.ideas.SupportOutcome;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.IdentityDocument;
import fr.sensiblecity.verification.VerificationService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mediator records the support a person signed on a paper form, at the counter of their territory; the person
 * later claims it into their own account with the code on their receipt. The same person never counts twice: a
 * second paper for the same idea is refused (same person key), and at claim time a support also given online is
 * merged into one.
 */
@Service
public class PaperParticipation {

    /** A form's reference as the town hall prints it: letters, digits, and - / . between them. */
    private static final Pattern FORM_REFERENCE = Pattern.compile("[\\p{Alnum}][\\p{Alnum}/.\\- ]{0,38}[\\p{Alnum}]|\\p{Alnum}");
    private static final String RATE_BUCKET = "paper-claims";

    private final PaperStore store;
    private final PersonKeys keys;
    private final VerificationService verifications;
    private final PaperSupports supports;
    private final IdeaService ideas;
    private final ResidentService residents;
    private final TerritoryService territories;
    private final MediationSettings settings;
    private final RateLimiter rateLimiter;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PaperParticipation(PaperStore store, PersonKeys keys, VerificationService verifications, PaperSupports supports,
            IdeaService ideas, ResidentService residents, TerritoryService territories, MediationSettings settings,
            RateLimiter rateLimiter, AuditTrail audit, CurrentResident current, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.verifications = verifications;
        this.supports = supports;
        this.ideas = ideas;
        this.residents = residents;
        this.territories = territories;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Records the support of an idea of the counter's territory that the person signed on the form. The identity is
     * turned into the person key and forgotten; the receipt carries a new claim code unless the person already
     * claimed earlier records (then the support goes to their account at once).
     */
    @Transactional
    @PreAuthorize("@mediationPermissions.canRecordPaperForms(authentication)")
    public PaperReceipt recordSupport(String formReference, PaperIdentity identity, IdentityDocument document,
            long ideaId) {
        current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        TerritorySummary territory = verifications.counterTerritory()
                .orElseThrow(() -> new DomainException("verification.error.noCounterTerritory"));
        String reference = reference(formReference);
        if (store.formUsed(territory.id(), reference)) {
            throw new DomainException("paper.error.formUsed", reference);
        }
        String title = ideas.findIdea(ideaId).title();
        PaperStore.Person person = person(territory.id(), keys.of(territory.id(), identity));
        Instant now = clock.instant();
        SupportOutcome outcome = supports.recordPaperSupport(ideaId, person.actor(), territory.id(), reference);
        try {
            store.insertRecord(territory.id(), reference, person.id(), PaperRecordKind.SUPPORT, ideaId,
                    document.name(), current.id().orElse(null), now);
        } catch (DuplicateKeyException sameFormAtTheSameTime) {
            throw new DomainException("paper.error.formUsed", reference);
        }
        String code = person.claimedBy() == null ? newCode(person.id(), now) : null;
        return new PaperReceipt(territory.name(), reference, title, outcome.supportCount(), now,
                code == null ? null : OneTimeCodes.grouped(code));
    }

    /**
     * The signed-in resident types the code from a receipt: the person's paper records pass to their account,
     * supports they had given online too count once, and the account becomes verified for the territory (the
     * mediator saw an identity document, and the code went to that person only). An account claims the paper
     * records of one person per territory; tries count against an hourly limit, right or wrong.
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
        long personId = store.lockUnusedCode(hash(normalized))
                .orElseThrow(() -> new DomainException("paper.error.codeUnknown"));
        PaperStore.Person person = store.lockPerson(personId).orElseThrow(() -> new DomainException("paper.error.codeUnknown"));
        if (store.claimedIn(me, person.territoryId())) {
            throw new DomainException("paper.error.otherPerson");
        }
        PaperSupports.HandOver handed = supports.takeOver(person.paperAccountId());
        Instant now = clock.instant();
        store.markClaimed(person.id(), me, now);
        boolean verified = verifications.verifyByCounterReceipt(person.territoryId()).isPresent();
        audit.append(me, "PAPER_RECORDS_CLAIMED", "RESIDENT", me,
                AuditDetails.of().count(store.records(person.id())));
        String name = territories.findTerritory(person.territoryId()).map(TerritorySummary::name).orElse("?");
        return new ClaimOutcome(name, handed.moved(), handed.merged(), verified);
    }

    /** The person with this key, created with a nameless paper account at their first paper form. */
    private PaperStore.Person person(long territoryId, String personKey) {
        return store.lockPerson(territoryId, personKey).orElseGet(() -> {
            long account = residents.createPaperParticipant();
            try {
                long id = store.insertPerson(territoryId, personKey, account, clock.instant());
                return new PaperStore.Person(id, territoryId, account, null);
            } catch (DuplicateKeyException sameFirstPaperAtTheSameTime) {
                throw new DomainException("paper.error.retry");
            }
        });
    }

    private String newCode(long personId, Instant now) {
        while (true) {
            String code = OneTimeCodes.newCode(random);
            try {
                store.insertCode(personId, hash(code), now);
                return code;
            } catch (DuplicateKeyException drawnBefore) {
                // one chance in 10^16: draw another
            }
        }
    }

    private static String reference(String typed) {
        String reference = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (!FORM_REFERENCE.matcher(reference).matches()) {
            throw new DomainException("paper.error.formReference");
        }
        return reference;
    }

    static String hash(String normalized) {
        return Sha256.hex("paper-claim-code|" + normalized);
    }
}
