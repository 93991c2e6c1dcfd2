package fr.sensiblecity.residents;

import fr.sensiblecity.base.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with residents: each resident edits their own profile; administrators manage roles;
 * facilitators and administrators look residents up by name to involve them in a process they run.
 */
@Component("residentPermissions")
public class ResidentPermissions {

    public boolean canEditOwnProfile(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    /** Also mediators, who look up the person at their counter to verify them in person. */
    public boolean canFindResidentsToInvolve(@Nullable Authentication authentication) {
        return Role.FACILITATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication)
                || Role.MEDIATOR.heldBy(authentication);
    }

    /** Moderators see the names a resident used before, to recognise someone who renamed to mislead. */
    public boolean canSeeFormerNames(@Nullable Authentication authentication) {
        return Role.MODERATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication);
    }

    /** A mediator at a counter records what a person signed on paper, under a nameless account. */
    public boolean canRecordOnPaper(@Nullable Authentication authentication) {
        return Role.MEDIATOR.heldBy(authentication) && ResidentPrincipal.isResident(authentication);
    }

    public boolean canManageRoles(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }
}
