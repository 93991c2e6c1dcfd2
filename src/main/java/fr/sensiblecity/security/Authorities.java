package fr.sensiblecity.security;

import fr.sensiblecity.base.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Roles as Spring Security authorities. */
final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Set<Role> roles) {
        return roles.stream().sorted().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    static boolean sameRoles(Collection<? extends GrantedAuthority> granted, Set<Role> roles) {
        Set<String> held = granted.stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith("ROLE_"))
                .collect(java.util.stream.Collectors.toSet());
        Set<String> wanted = roles.stream().map(Role::authority).collect(java.util.stream.Collectors.toSet());
        return held.equals(wanted);
    }
}
