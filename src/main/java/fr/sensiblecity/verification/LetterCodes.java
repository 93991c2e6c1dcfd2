package fr.sensiblecity.verification;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.OneTimeCodes;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.base.Sha256;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes the town hall posts to households. A code is shown once, on the letter sheet made when it is
 * generated; the database keeps only its SHA-256 hash, and no link to a household or, once used, to the resident
 * who typed it. With 24 letters and digits that cannot be mistaken for one another and 12 of them, a code is one
 * of about 3.6 × 10^16; residents' tries are throttled per hour.
 */
@Service
public class LetterCodes {

    static final String ALPHABET = OneTimeCodes.ALPHABET;
    static final int LENGTH = OneTimeCodes.LENGTH;
    private static final String RATE_BUCKET = "verification-codes";

    private final VerificationStore store;
    private final VerificationRecorder recorder;
    private final TerritoryService territories;
    private final VerificationThresholds thresholds;
    private final VerificationSettings settings;
    private final RateLimiter rateLimiter;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LetterCodes(VerificationStore store, VerificationRecorder recorder, TerritoryService territories,
            VerificationThresholds thresholds, VerificationSettings settings, RateLimiter rateLimiter, AuditTrail audit,
            CurrentResident current, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.territories = territories;
        this.thresholds = thresholds;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Makes {@code count} new codes for the territory's letters; their clear text exists only in the result. */
    @Transactional
    @PreAuthorize("@verificationPermissions.canGenerateCodes(authentication)")
    public LetterBatch generate(long territoryId, int count) {
        TerritorySummary territory = territories.findTerritory(territoryId)
                .orElseThrow(() -> new NotFound("territory.error.notFound"));
        if (count < 1 || count > settings.codesPerBatch()) {
            throw new DomainException("verification.error.batchSize", settings.codesPerBatch());
        }
        List<String> codes = new ArrayList<>(count);
        List<String> hashes = new ArrayList<>(count);
        while (codes.size() < count) {
            String code = newCode();
            String hash = hash(code);
            if (!hashes.contains(hash)) {
                codes.add(code);
                hashes.add(hash);
            }
        }
        store.insertCodes(territoryId, hashes, clock.instant(), current.id().orElse(null));
        audit.append(current.id().orElse(null), "VERIFICATION_CODES_GENERATED", "TERRITORY", territoryId,
                AuditDetails.of().count(count));
        return new LetterBatch(territoryId, territory.name(), codes.stream().map(LetterCodes::grouped).toList());
    }

    /** How many letters of the territory are still waiting for their code to be typed. */
    @Transactional(readOnly = true)
    @PreAuthorize("@verificationPermissions.canGenerateCodes(authentication)")
    public int unusedCodes(long territoryId) {
        return store.unusedCodes(territoryId);
    }

    /**
     * The signed-in resident types the code from their letter and becomes verified for its territory. A code
     * works once; a wrong or used code is refused with one sentence (which of the two is not said), and tries
     * count against an hourly limit, right or wrong.
     */
    @Transactional
    @PreAuthorize("@verificationPermissions.canRedeemCode(authentication)")
    public MyVerification redeem(String typed) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        rateLimiter.acquire(RATE_BUCKET, me, thresholds.codeAttemptsPerHour(), Duration.ofHours(1),
                "verification.error.tooManyAttempts");
        String normalized = normalize(typed);
        if (normalized.length() != LENGTH) {
            throw new DomainException("verification.error.codeFormat", LENGTH);
        }
        VerificationStore.UnusedCode code = store.lockUnusedCode(hash(normalized))
                .orElseThrow(() -> new DomainException("verification.error.codeUnknown"));
        Instant now = clock.instant();
        if (store.verifiedNow(me, code.territoryId(), now)) {
            // The letter stays usable by someone else of the household who needs it.
            throw new DomainException("verification.error.alreadyVerified");
        }
        store.markUsed(code.id(), now);
        return recorder.record(me, code.territoryId(), VerificationMethod.LETTER_CODE, null, null);
    }

    private String newCode() {
        return OneTimeCodes.newCode(random);
    }

    static String normalize(String typed) {
        return OneTimeCodes.normalize(typed);
    }

    static String hash(String normalized) {
        return Sha256.hex("residency-letter-code|" + normalized);
    }

    static String grouped(String code) {
        return OneTimeCodes.grouped(code);
    }
}
