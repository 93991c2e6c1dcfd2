package fr.sensiblecity.security;

import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in demo accounts as residents; knows nobody outside the demo profile. */
@Component
class DemoUserDetailsService implements UserDetailsService {

    private final DemoAccounts demo;
    private final ResidentService residents;

    DemoUserDetailsService(DemoAccounts demo, ResidentService residents) {
        this.demo = demo;
        this.residents = residents;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoAccounts.Account account = demo.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such demo account"));
        ResidentAccount resident = residents.signIn(DemoAccounts.ISSUER, account.username(), account.displayName());
        return new DemoResidentUser(resident.id(), account.username(), account.password(),
                Authorities.of(resident.roles()));
    }
}
