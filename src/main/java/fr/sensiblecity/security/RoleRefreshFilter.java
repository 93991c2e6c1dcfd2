package fr.sensiblecity.security;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings the signed-in resident's roles up to date on every request, so that a role an administrator grants
 * or revokes takes effect at once rather than at the next sign-in. A resident who no longer exists is
 * signed out.
 */
@Component
class RoleRefreshFilter extends OncePerRequestFilter {

    private final ResidentService residents;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RoleRefreshFilter(ResidentService residents) {
        this.residents = residents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal principal) {
            Set<Role> roles = residents.currentRoles(principal.residentId());
            if (!Authorities.sameRoles(authentication.getAuthorities(), roles)) {
                SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
                refreshed.setAuthentication(roles.isEmpty() ? null : withRoles(authentication, roles));
                SecurityContextHolder.setContext(refreshed);
                contexts.saveContext(refreshed, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Authentication withRoles(Authentication authentication, Set<Role> roles) {
        if (authentication instanceof OAuth2AuthenticationToken oauth) {
            return new OAuth2AuthenticationToken(oauth.getPrincipal(), Authorities.of(roles),
                    oauth.getAuthorizedClientRegistrationId());
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, Authorities.of(roles));
        token.setDetails(authentication.getDetails());
        return token;
    }
}
