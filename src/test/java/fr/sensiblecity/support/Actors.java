package fr.sensiblecity.support;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a person in the security context, the way a real sign-in would, for service-level tests. */
public final class Actors {

    private Actors() {
    }

    public static void visitor() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /** A signed-in resident holding exactly these roles (RESIDENT is added for them). */
    public static void resident(long residentId, Role... extraRoles) {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.RESIDENT.authority()));
        Arrays.stream(extraRoles).map(role -> new SimpleGrantedAuthority(role.authority())).forEach(authorities::add);
        ResidentPrincipal principal = new TestPrincipal(residentId);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    /** Platform code acting with administrator rights and no resident behind it (seeding, imports). */
    public static void system() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    private record TestPrincipal(long residentId) implements ResidentPrincipal {
    }
}
