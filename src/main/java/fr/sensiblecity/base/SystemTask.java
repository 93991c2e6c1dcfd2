package fr.sensiblecity.base;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs platform work that no person triggers (seeding, scheduled jobs) with administrator rights, so that it
 * goes through the same permission-checked services as everyone else.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static void runAsAdministrator(String taskName, Runnable task) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system:" + taskName, null, List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
        try {
            task.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
