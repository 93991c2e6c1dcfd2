package fr.sensiblecity.residents;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A person who signed in at least once. */
@Entity
class Resident {

    static final String ERASED = "erased";
    /** The issuer of the nameless accounts that hold what a mediator recorded from a paper form until it is claimed. */
    static final String PAPER = "paper-form";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String issuer = "";
    private String subject = "";
    private String displayName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable AgeBand ageBand;

    private @Nullable Long districtId;
    private String language = "fr";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant erasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_role", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    /** The keys of every name this resident has used: nobody else may take them (see {@link NameKeys}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "resident_name_key", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "name_key")
    private Set<String> nameKeys = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "resident_name_change", joinColumns = @JoinColumn(name = "resident_id"))
    @OrderBy("usedFrom asc")
    private List<NameChange> nameChanges = new ArrayList<>();

    protected Resident() {
    }

    Resident(String issuer, String subject, String displayName, Instant createdAt) {
        this.issuer = issuer;
        this.subject = subject;
        this.displayName = displayName;
        this.createdAt = createdAt;
        this.roles.add(Role.RESIDENT);
        this.nameKeys.add(NameKeys.key(displayName));
        this.nameChanges.add(new NameChange(displayName, createdAt));
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Resident not saved yet");
        }
        return id;
    }

    String displayName() {
        return displayName;
    }

    String language() {
        return language;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Changes the profile; a new name is kept in the history from {@code at}, and its key becomes this resident's. */
    void updateProfile(ProfileForm valid, Instant at) {
        if (!valid.displayName().equals(displayName)) {
            nameChanges.add(new NameChange(valid.displayName(), at));
            nameKeys.add(NameKeys.key(valid.displayName()));
        }
        this.displayName = valid.displayName();
        this.ageBand = valid.ageBand();
        this.districtId = valid.districtId();
        this.language = valid.language();
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        if (role == Role.RESIDENT) {
            throw new DomainException("roles.error.residentIsPermanent");
        }
        roles.remove(role);
    }

    ResidentAccount account() {
        return new ResidentAccount(id(), displayName, roles(), language);
    }

    /**
     * Keeps only the number, so that supports still count and trails naming it still verify: the subject becomes
     * a placeholder no provider issues, and the name, age band, district, language choice and roles go.
     */
    void erase(Instant at) {
        this.issuer = ERASED;
        this.subject = ERASED + "-" + id();
        this.displayName = "";
        this.ageBand = null;
        this.districtId = null;
        this.language = "fr";
        this.roles.clear();
        // New collections rather than clear(): an erasure needs no loading of what it throws away.
        this.nameKeys = new HashSet<>();
        this.nameChanges = new ArrayList<>();
        this.erasedAt = at;
    }

    /**
     * A nameless account no one can sign in to, born as a tombstone: it holds the supports a mediator recorded from
     * a person's paper forms until that person claims them into their own account.
     */
    static Resident paperParticipant(Instant at) {
        Resident placeholder = new Resident(PAPER, PAPER + "-" + java.util.UUID.randomUUID(), "", at);
        placeholder.roles.clear();
        placeholder.nameKeys = new HashSet<>();
        placeholder.nameChanges = new ArrayList<>();
        placeholder.erasedAt = at;
        return placeholder;
    }

    boolean paper() {
        return PAPER.equals(issuer);
    }

    boolean erased() {
        return erasedAt != null;
    }

    boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Claims the key of the current name, for residents who signed in before names had keys. */
    void claimCurrentNameKey() {
        nameKeys.add(NameKeys.key(displayName));
    }

    boolean hasNameKeys() {
        return !nameKeys.isEmpty();
    }

    List<NameChange> nameChanges() {
        return List.copyOf(nameChanges);
    }

    ResidentIdentity identity() {
        return new ResidentIdentity(issuer, subject, createdAt);
    }

    Profile profile() {
        return new Profile(displayName, ageBand, districtId, language);
    }
}
