package fr.sensiblecity.residents;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.PersonalData;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's rights over their data (GDPR articles 15, 17 and 20): download everything the platform holds
 * about them, gathered from every module's {@link PersonalData}, and erase their account. Erasure keeps public
 * contributions under "former resident" and every count right; the resident's row stays as an empty tombstone
 * whose number the supports and the hash-chained trails still name.
 */
@Service
public class ResidentRights {

    /** What the resident types to confirm erasure, in either language. */
    public static final Set<String> CONFIRMATION_WORDS = Set.of("SUPPRIMER", "DELETE");
    static final String ERASED_ACTION = "ACCOUNT_ERASED";

    private final ResidentRepository residents;
    private final CurrentResident current;
    private final List<PersonalData> modules;
    private final AuditTrail audit;
    private final Clock clock;

    ResidentRights(ResidentRepository residents, CurrentResident current, List<PersonalData> modules, AuditTrail audit,
            Clock clock) {
        this.residents = residents;
        this.current = current;
        this.modules = modules.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything about the signed-in resident: their account first, then one section per module. */
    @Transactional(readOnly = true)
    @PreAuthorize("@residentPermissions.canEditOwnProfile(authentication)")
    public Map<String, Object> myData() {
        Resident me = mine();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", new AccountSection(me.identity(), me.profile(), me.roles().stream().map(Enum::name).sorted()
                .toList()));
        for (PersonalData module : modules) {
            data.put(module.section(), module.export(me.id()));
        }
        return data;
    }

    /**
     * Erases the signed-in resident once they typed the confirmation word; anything else changes nothing and is
     * refused with {@code myData.error.confirmation}. The caller then ends the session.
     */
    @Transactional
    @PreAuthorize("@residentPermissions.canEditOwnProfile(authentication)")
    public void eraseMyAccount(String confirmation) {
        String typed = confirmation == null ? "" : confirmation.strip().toUpperCase(Locale.ROOT);
        if (!CONFIRMATION_WORDS.contains(typed)) {
            throw new DomainException("myData.error.confirmation");
        }
        Resident me = mine();
        modules.forEach(module -> module.erase(me.id()));
        me.erase(clock.instant());
        residents.save(me);
        // Accountability (GDPR article 5(2)): that an erasure happened, by whom (a number that now names no one).
        audit.append(me.id(), ERASED_ACTION, "RESIDENT", me.id(), "");
    }

    private Resident mine() {
        return residents.findById(current.require()).filter(resident -> !resident.erased())
                .orElseThrow(() -> new NotFound("profile.error.notFound"));
    }

    record AccountSection(ResidentIdentity identity, Profile profile, List<String> roles) {
    }
}
