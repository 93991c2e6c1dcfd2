package fr.sensiblecity.residents;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Languages;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.territories.TerritoryService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in, profiles and platform roles. */
@Service
public class ResidentService {

    static final int SEARCH_LIMIT = 50;
    private static final Set<Role> STAFF = Set.of(Role.FACILITATOR, Role.ADMINISTRATOR);

    private static final String AUDIT_TARGET = "RESIDENT";

    private final AuditTrail audit;
    private final ResidentRepository residents;
    private final CurrentResident current;
    private final TerritoryService territories;
    private final Clock clock;
    private final BootstrapAdministrators bootstrap;
    private final ReservedNames reserved;

    ResidentService(ResidentRepository residents, CurrentResident current, TerritoryService territories, Clock clock,
            BootstrapAdministrators bootstrap, ReservedNames reserved, AuditTrail audit) {
        this.audit = audit;
        this.residents = residents;
        this.reserved = reserved;
        this.bootstrap = bootstrap;
        this.current = current;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * Finds the resident an identity provider vouches for, creating them at their first sign-in. Called while
     * authenticating, before anyone is signed in, so it carries no permission check of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ResidentAccount signIn(String issuer, String subject, String suggestedName) {
        if (issuer.isBlank() || subject.isBlank() || issuer.length() > 255 || subject.length() > 255) {
            throw new DomainException("signIn.error.identity");
        }
        Resident resident = residents.findByIssuerAndSubject(issuer, subject)
                .orElseGet(() -> create(issuer, subject, suggestedName));
        if (bootstrap.lists(issuer, subject) && residents.countWithRole(Role.ADMINISTRATOR) == 0) {
            resident.grant(Role.ADMINISTRATOR);
            resident = residents.save(resident);
        }
        return resident.account();
    }

    private Resident create(String issuer, String subject, String suggestedName) {
        String name = freeName(suggestedName, false);
        try {
            return residents.saveAndFlush(new Resident(issuer, subject, name, clock.instant()));
        } catch (DataIntegrityViolationException firstSignInRaced) {
            throw new DomainException("signIn.error.retry");
        }
    }

    /**
     * The provider's name if nobody has it yet and it is not reserved, otherwise a free pseudonym the resident can
     * change on their profile.
     */
    private String freeName(String suggested, boolean staff) {
        String name = DisplayNames.firstName(suggested, ThreadLocalRandom.current().nextLong());
        for (int attempt = 0; refusal(name, null, staff).isPresent(); attempt++) {
            long number = ThreadLocalRandom.current().nextLong(attempt < 20 ? 9000 : 9_000_000);
            name = "Habitant " + ((attempt < 20 ? 1000 : 1_000_000) + number);
        }
        return name;
    }

    /** Why a resident may not take this name, if they may not: someone else's name, or a reserved one. */
    private java.util.Optional<String> refusal(String name, @org.jspecify.annotations.Nullable Long residentId,
            boolean staff) {
        String key = NameKeys.key(name);
        if (key.isEmpty()) {
            return java.util.Optional.of("profile.error.displayNameCharacters");
        }
        if (residents.ownersOfNameKey(key).stream().anyMatch(owner -> !owner.equals(residentId))) {
            return java.util.Optional.of("profile.error.displayNameTaken");
        }
        if (!staff && (reserved.reserves(name) || territories.listTerritories().stream()
                .anyMatch(territory -> NameKeys.key(territory.name()).equals(key)))) {
            return java.util.Optional.of("profile.error.displayNameReserved");
        }
        return java.util.Optional.empty();
    }

    /** The roles a resident holds now, read fresh so that a revoked role stops working at once. */
    @Transactional(readOnly = true)
    public Set<Role> currentRoles(long residentId) {
        return residents.findById(residentId).map(Resident::roles).orElse(Set.of());
    }

    /** When the account was made (its first sign-in): rules on new accounts count from it. Empty for no such account. */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Instant> accountCreatedAt(long residentId) {
        return residents.findById(residentId).map(resident -> resident.identity().firstSignIn());
    }

    /** Public names of many residents in one query; former residents are simply absent from the map. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNamesOf(java.util.Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        residents.findAllById(java.util.Set.copyOf(residentIds)).stream().filter(resident -> !resident.erased())
                .forEach(resident -> names.put(resident.id(), resident.displayName()));
        return names;
    }

    /** Each resident's language, for what reaches them outside the pages (e-mails); French if unknown. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Locale> languagesOf(java.util.Collection<Long> residentIds) {
        java.util.Map<Long, Locale> languages = new java.util.HashMap<>();
        residents.findAllById(java.util.Set.copyOf(residentIds))
                .forEach(resident -> languages.put(resident.id(), Languages.supported(resident.language())));
        residentIds.forEach(id -> languages.putIfAbsent(id, Languages.FRENCH));
        return languages;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<String> displayNameOf(long residentId) {
        return residents.findById(residentId).filter(resident -> !resident.erased()).map(Resident::displayName);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@residentPermissions.canEditOwnProfile(authentication)")
    public Profile myProfile() {
        return mine().profile();
    }

    @Transactional
    @PreAuthorize("@residentPermissions.canEditOwnProfile(authentication)")
    public Profile updateMyProfile(ProfileForm form) {
        ProfileForm valid = form.validated();
        if (valid.districtId() != null && !territories.districtExists(valid.districtId())) {
            throw new DomainException("profile.error.district");
        }
        Resident resident = mine();
        java.util.Optional<String> refused = refusal(valid.displayName(), resident.id(), resident.isStaff());
        if (refused.isPresent()) {
            throw new DomainException(refused.get());
        }
        resident.updateProfile(valid, clock.instant());
        try {
            return residents.saveAndFlush(resident).profile();
        } catch (DataIntegrityViolationException sameNameAtTheSameMoment) {
            throw new DomainException("profile.error.displayNameTaken");
        }
    }

    /** Names over time of the given residents, for pages that show contributions under their author's name then. */
    @Transactional(readOnly = true)
    public NameHistory nameHistoryOf(java.util.Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return new NameHistory(java.util.Map.of());
        }
        java.util.Map<Long, List<NameChange>> changes = new java.util.HashMap<>();
        residents.findWithNameChanges(java.util.Set.copyOf(residentIds))
                .forEach(resident -> changes.put(resident.id(), resident.nameChanges()));
        return new NameHistory(changes);
    }

    /** Residents who use or used a name containing the text, with every name they used: for moderators. */
    @Transactional(readOnly = true)
    @PreAuthorize("@residentPermissions.canSeeFormerNames(authentication)")
    public List<FormerNames> formerNames(String namePart) {
        String part = namePart == null ? "" : namePart.strip().toLowerCase(Locale.ROOT);
        if (part.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<Long> ids = residents.findIdsByAnyNameMatching(pattern, PageRequest.of(0, SEARCH_LIMIT));
        return residents.findWithNameChanges(ids).stream()
                .map(resident -> new FormerNames(resident.id(), resident.displayName(), resident.nameChanges()))
                .sorted(java.util.Comparator.comparing(FormerNames::currentName)).toList();
    }

    /** Remembers the signed-in resident's language; a visitor's choice lives in a cookie instead. */
    @Transactional
    public void rememberMyLanguage(Locale locale) {
        current.id().flatMap(residents::findById).ifPresent(resident ->
                resident.chooseLanguage(Languages.supported(locale.getLanguage()).getLanguage()));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Locale> myLanguage() {
        return current.id().flatMap(residents::findById).map(resident -> Languages.supported(resident.language()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@residentPermissions.canManageRoles(authentication)")
    public List<ResidentAccount> searchResidents(String namePart) {
        String part = namePart == null ? "" : namePart.strip();
        return residents.findByErasedAtIsNullAndDisplayNameContainingIgnoreCaseOrderByDisplayNameAsc(part, PageRequest.of(0, SEARCH_LIMIT))
                .stream().map(Resident::account).toList();
    }

    /**
     * Residents whose public name contains the text, for a facilitator to involve in a process: number and name
     * only. Erased residents are left out, and so is the staff (facilitators and administrators), who run
     * processes and never take part in them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@residentPermissions.canFindResidentsToInvolve(authentication)")
    public List<ResidentName> searchForFacilitators(String namePart, int limit) {
        String part = namePart == null ? "" : namePart.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return residents.findNamesMatching(pattern, STAFF, PageRequest.of(0, Math.clamp(limit, 1, SEARCH_LIMIT)));
    }

    @Transactional
    @PreAuthorize("@residentPermissions.canManageRoles(authentication)")
    public ResidentAccount grantRole(long residentId, Role role) {
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFound("roles.error.notFound"));
        resident.grant(role);
        audit.append(current.id().orElse(null), "ROLE_GRANTED", AUDIT_TARGET, residentId,
                AuditDetails.of().label(role.labelKey()));
        return residents.save(resident).account();
    }

    @Transactional
    @PreAuthorize("@residentPermissions.canManageRoles(authentication)")
    public ResidentAccount revokeRole(long residentId, Role role) {
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFound("roles.error.notFound"));
        if (role == Role.ADMINISTRATOR && resident.roles().contains(Role.ADMINISTRATOR)
                && residents.countWithRole(Role.ADMINISTRATOR) <= 1) {
            throw new DomainException("roles.error.lastAdministrator");
        }
        resident.revoke(role);
        audit.append(current.id().orElse(null), "ROLE_REVOKED", AUDIT_TARGET, residentId,
                AuditDetails.of().label(role.labelKey()));
        return residents.save(resident).account();
    }

    /** Creates or updates a known account with the given roles: used to seed demo and first administrators. */
    @Transactional
    @PreAuthorize("@residentPermissions.canManageRoles(authentication)")
    public ResidentAccount provision(String issuer, String subject, String displayName, Set<Role> roles) {
        Resident resident = residents.findByIssuerAndSubject(issuer, subject)
                .orElseGet(() -> residents.save(new Resident(issuer, subject,
                        freeName(displayName, roles.stream().anyMatch(Role::isStaff)), clock.instant())));
        roles.forEach(resident::grant);
        Resident saved = residents.save(resident);
        audit.append(current.id().orElse(null), "ACCOUNT_PROVISIONED", AUDIT_TARGET, saved.id(),
                roles.stream().map(Role::name).sorted().toList().toString());
        return saved.account();
    }

    /**
     * A nameless account for a person who takes part on paper through a mediator (see the mediation module): no one
     * signs in to it, it shows no name, and its supports count until the person claims them. The mediator's
     * record of the paper form is what the audit trail keeps.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("@residentPermissions.canRecordOnPaper(authentication)")
    public long createPaperParticipant() {
        long id = residents.saveAndFlush(Resident.paperParticipant(clock.instant())).id();
        audit.append(current.id().orElse(null), "PAPER_PARTICIPANT_CREATED", AUDIT_TARGET, id, "");
        return id;
    }

    /** Whether the account is one that holds paper records (never a person who signs in). */
    @Transactional(readOnly = true)
    public boolean isPaperParticipant(long residentId) {
        return residents.findById(residentId).map(Resident::paper).orElse(false);
    }

    private Resident mine() {
        return residents.findById(current.require()).orElseThrow(() -> new NotFound("profile.error.notFound"));
    }
}
