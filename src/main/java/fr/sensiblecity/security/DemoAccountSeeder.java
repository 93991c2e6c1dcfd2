package fr.sensiblecity.security;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentService;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates the demo accounts' residents with their roles at start-up, so that role pages show them at once. */
@Component
@Order(0)
class DemoAccountSeeder implements ApplicationRunner {

    private final DemoAccounts demo;
    private final ResidentService residents;

    DemoAccountSeeder(DemoAccounts demo, ResidentService residents) {
        this.demo = demo;
        this.residents = residents;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled()) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
        try {
            demo.accounts().forEach(account -> residents.provision(DemoAccounts.ISSUER, account.username(),
                    account.displayName(), account.roles()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
