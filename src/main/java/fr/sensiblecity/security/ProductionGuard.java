package fr.sensiblecity.security;

import java.util.Arrays;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Refuses to start a production instance that carries demo accounts: they have known passwords. */
@Component
@Profile("prod")
class ProductionGuard {

    ProductionGuard(DemoAccounts demo, Environment environment) {
        if (demo.enabled() || Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            throw new IllegalStateException(
                    "Demo accounts are configured under the production profile: remove sensible.demo.accounts "
                            + "and the demo profile before starting in production.");
        }
    }
}
