package fr.sensiblecity.residents;

import fr.sensiblecity.base.Role;
import java.util.Set;

/** A resident as sign-in and role management see them. */
public record ResidentAccount(long id, String displayName, Set<Role> roles, String language) {

    public ResidentAccount {
        roles = Set.copyOf(roles);
    }
}
