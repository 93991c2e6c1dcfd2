package fr.sensiblecity.residents;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The resident behind the current request, if any. */
@Component
public class CurrentResident {

    public Optional<Long> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal principal) {
            return Optional.of(principal.residentId());
        }
        return Optional.empty();
    }

    long require() {
        return id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
