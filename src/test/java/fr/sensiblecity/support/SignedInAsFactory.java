package fr.sensiblecity.support;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class SignedInAsFactory implements WithSecurityContextFactory<SignedInAs> {

    private final ResidentService residents;
    private final CleanDatabase database;

    SignedInAsFactory(ResidentService residents, CleanDatabase database) {
        this.residents = residents;
        this.database = database;
    }

    @Override
    public SecurityContext createSecurityContext(SignedInAs signedIn) {
        database.wipe();
        ResidentAccount account = residents.signIn("demo", signedIn.name(), signedIn.name());
        Actors.system();
        for (Role role : signedIn.roles()) {
            residents.grantRole(account.id(), role);
        }
        Actors.resident(account.id(), signedIn.roles());
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return context;
    }

}
