package fr.sensiblecity.residents;

import fr.sensiblecity.base.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Implemented by every signed-in principal, whatever the way in (OpenID Connect or a demo account). */
public interface ResidentPrincipal {

    long residentId();

    /** True for a signed-in resident: permission beans start from this. */
    static boolean isResident(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal
                && Role.RESIDENT.heldBy(authentication);
    }
}
