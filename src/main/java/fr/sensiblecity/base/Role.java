package fr.sensiblecity.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Platform-wide roles. Panel roles belong to each panel and live in the panels module. */
public enum Role {
    RESIDENT,
    MODERATOR,
    /** Runs representative panels and co-construction processes: creates panels, draws them, runs votes. */
    FACILITATOR,
    /**
     * A town hall or France Services counter agent: verifies residents in person after seeing an identity
     * document, for the territory of their counter.
     */
    MEDIATOR,
    ADMINISTRATOR;

    /** The Spring Security authority that carries this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Staff speak for the platform or an institution: their names may use reserved words, and carry a badge. */
    public boolean isStaff() {
        return this != RESIDENT;
    }

    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean heldBy(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority().equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
