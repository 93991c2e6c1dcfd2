package fr.sensiblecity.verification;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The third way to be verified: a list the town hall holds (the electoral roll, a census extract). An
 * administrator uploads it as CSV for a territory; it is kept only as salted hashes ({@link ListedIdentity}), under
 * a salt drawn anew for each upload, and the clear file is neither stored nor logged. When a resident signs in
 * through an OpenID Connect provider that asserts their name and birth date, those claims are hashed with each
 * list's salt and, on a match, the resident is verified for that territory, like any other verification (it
 * expires, can be revoked, is audited); the claims are then forgotten. A list uploaded after a resident signed in
 * is matched at their next sign-in. A verification by list stays when the list is replaced, until it expires or is
 * revoked: which row matched is not kept, so that a verification cannot be traced back to a name.
 */
@Service
public class TownHallLists {

    private static final int SALT_BYTES = 32;

    private final TownHallListStore lists;
    private final VerificationStore verifications;
    private final VerificationRecorder recorder;
    private final TerritoryService territories;
    private final VerificationSettings settings;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TownHallLists(TownHallListStore lists, VerificationStore verifications, VerificationRecorder recorder,
            TerritoryService territories, VerificationSettings settings, AuditTrail audit, CurrentResident current,
            Clock clock) {
        this.lists = lists;
        this.verifications = verifications;
        this.recorder = recorder;
        this.territories = territories;
        this.settings = settings;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** The largest file an upload reads; the upload stops reading past it. */
    public long maxFileBytes() {
        return settings.listMaxBytes();
    }

    /**
     * Replaces the territory's list with this file, all or nothing: a bad line (named in the refusal) or a file
     * too large leaves the previous list as it was. The audit entry gives the number of rows, not their content.
     *
     * @return the list as now stored
     */
    @Transactional
    @PreAuthorize("@verificationPermissions.canManageLists(authentication)")
    public TownHallList replaceList(long territoryId, InputStream csv) {
        territories.findTerritory(territoryId).orElseThrow(() -> new NotFound("territory.error.notFound"));
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Instant now = clock.instant();
        TownHallListFile.Hashed file = TownHallListFile.read(csv, settings.listMaxBytes(), salt,
                LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")));
        lists.lock(territoryId);
        lists.replace(territoryId, salt, file.hashes(), file.rows(), now, current.id().orElse(null));
        audit.append(current.id().orElse(null), "TOWN_HALL_LIST_UPLOADED", "TERRITORY", territoryId,
                AuditDetails.of().count(file.rows()));
        return new TownHallList(territoryId, file.rows(), now);
    }

    /** The territory's list as last uploaded, if any: its size and date, nothing of its people. */
    @Transactional(readOnly = true)
    @PreAuthorize("@verificationPermissions.canManageLists(authentication)")
    public Optional<TownHallList> listOf(long territoryId) {
        return lists.find(territoryId);
    }

    /**
     * At sign-in, matches the identity the provider asserted against every territory's list and verifies the
     * resident for each territory whose list holds them and where they are not verified already. Called by the
     * sign-in itself, before the resident's session exists, hence no permission: the provider's assertion is the
     * proof. Nothing of the identity is stored or logged.
     *
     * @return the verifications made now
     */
    @Transactional
    public List<MyVerification> matchAtSignIn(long residentId, AssertedIdentity identity) {
        String family = ListedIdentity.familyName(identity.familyName());
        String given = ListedIdentity.firstGivenName(identity.givenNames());
        Optional<LocalDate> born = ListedIdentity.birthDate(identity.birthdate());
        String postcode = identity.postcode() == null ? null
                : ListedIdentity.postcode(identity.postcode()).orElse(null);
        if (family.isEmpty() || given.isEmpty() || born.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<MyVerification> made = new ArrayList<>();
        for (TownHallListStore.Salted list : lists.salts()) {
            List<String> hashes = new ArrayList<>(2);
            hashes.add(ListedIdentity.hash(list.salt(), family, given, born.get(), null));
            if (postcode != null) {
                hashes.add(ListedIdentity.hash(list.salt(), family, given, born.get(), postcode));
            }
            if (lists.listed(list.territoryId(), hashes)
                    && !verifications.verifiedNow(residentId, list.territoryId(), now)) {
                made.add(recorder.record(residentId, list.territoryId(), VerificationMethod.TOWN_HALL_LIST, null,
                        null));
            }
        }
        return made;
    }
}
