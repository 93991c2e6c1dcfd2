package fr.sensiblecity.territories;

import fr.sensiblecity.base.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may do what with territories and themes: everyone reads, administrators manage. */
@Component("territoryPermissions")
public class TerritoryPermissions {

    public boolean canManage(@Nullable Authentication authentication) {
        return Role.ADMINISTRATOR.heldBy(authentication);
    }
}
