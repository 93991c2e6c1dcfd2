package fr.sensiblecity.projects;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with projects and their funding: everyone reads; residents pledge; moderators (and
 * administrators) promote ideas, run projects, check eligibility and manage funding and campaigns;
 * administrators manage funding programmes and labels.
 */
@Component("projectPermissions")
public class ProjectPermissions {

    public boolean canManage(@Nullable Authentication authentication) {
        return Role.MODERATOR.heldBy(authentication) || Role.ADMINISTRATOR.heldBy(authentication);
    }

    public boolean canPledge(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean canAdminister(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }
}
