package fr.sensiblecity.security;

import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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
        SystemTask.runAsAdministrator("demo-accounts", () -> demo.accounts().forEach(account ->
                residents.provision(DemoAccounts.ISSUER, account.username(), account.displayName(), account.roles())));
    }
}
