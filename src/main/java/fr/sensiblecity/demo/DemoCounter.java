package fr.sensiblecity.demo;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.Profile;
import fr.sensiblecity.residents.ProfileForm;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo mediator, Maëlle, works at the France Services counter of Bellerive-sur-Sorne: her profile's district
 * (Centre-ville) places her counter, so that she verifies residents for Bellerive.
 */
@Component
@org.springframework.context.annotation.Profile("demo")
@Order(5)
class DemoCounter implements ApplicationRunner {

    private final ResidentService residents;
    private final TerritoryService territories;

    DemoCounter(ResidentService residents, TerritoryService territories) {
        this.residents = residents;
        this.territories = territories;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Long centre = territories.listTerritories().stream().filter(t -> t.name().equals("Bellerive-sur-Sorne"))
                .flatMap(t -> t.districts().stream()).filter(d -> d.name().equals("Centre-ville"))
                .map(DistrictRef::id).findFirst().orElse(null);
        if (centre == null) {
            return;
        }
        long maelle = residents.signIn("demo", "maelle", "Maëlle").id();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DemoPrincipal(maelle), null, List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()))));
        try {
            Profile profile = residents.myProfile();
            if (profile.districtId() == null) {
                residents.updateMyProfile(new ProfileForm(profile.displayName(), profile.ageBand(), centre,
                        profile.language()));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record DemoPrincipal(long residentId) implements ResidentPrincipal {
    }
}
