package fr.sensiblecity.verification;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with residency verification: administrators set each territory's rules and print letter
 * codes and upload the town hall's list; a resident types their own code; mediators verify in person at their counter; administrators and
 * mediators revoke a verification.
 */
@Component("verificationPermissions")
public class VerificationPermissions {

    public boolean canManageRules(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }

    public boolean canGenerateCodes(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }

    /** Uploading (and so replacing) the town hall's list of residents for a territory. */
    public boolean canManageLists(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }

    public boolean canRedeemCode(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean canVerifyInPerson(@Nullable Authentication authentication) {
        return Role.MEDIATOR.heldBy(authentication) && ResidentPrincipal.isResident(authentication);
    }

    public boolean canRevoke(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication) || Role.MEDIATOR.heldBy(authentication);
    }

    /** Staff who see who is verified in a territory. */
    public boolean canSeeVerifications(@Nullable Authentication authentication) {
        return canRevoke(authentication);
    }
}
