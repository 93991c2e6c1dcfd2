package fr.sensiblecity.mediation;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Mediators record paper forms at their counter; any signed-in resident claims their own receipt. */
@Component("mediationPermissions")
public class MediationPermissions {

    public boolean canRecordPaperForms(@Nullable Authentication authentication) {
        return Role.MEDIATOR.heldBy(authentication) && ResidentPrincipal.isResident(authentication);
    }

    public boolean canClaim(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }
}
