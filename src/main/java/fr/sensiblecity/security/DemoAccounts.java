package fr.sensiblecity.security;

import fr.sensiblecity.base.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local username-and-password accounts for trying the platform. Only the demo profile defines any; the
 * production profile refuses to start when some exist.
 */
@ConfigurationProperties("sensible.demo")
record DemoAccounts(List<Account> accounts) {

    static final String ISSUER = "demo";

    DemoAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    boolean enabled() {
        return !accounts.isEmpty();
    }

    Optional<Account> find(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    record Account(String username, String password, String displayName, Set<Role> roles) {

        Account {
            roles = roles == null ? Set.of(Role.RESIDENT) : Set.copyOf(roles);
        }
    }
}
