package fr.sensiblecity.demo;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.SessionLine;
import fr.sensiblecity.panels.VolunteerService;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A panel recruiting volunteers in Bellerive-sur-Sorne (on its third places), with its quotas proposed from the
 * census and the town's districts, a schedule, and a few neighbours already in the pool; fanny, the demo
 * facilitator, runs it.
 */
@Component
@Profile("demo")
@Order(3)
class DemoPanels implements ApplicationRunner {

    private static final int SIZE = 24;

    private final PanelService panels;
    private final VolunteerService volunteering;
    private final ResidentService residents;
    private final TerritoryService territories;

    DemoPanels(PanelService panels, VolunteerService volunteering, ResidentService residents,
            TerritoryService territories) {
        this.panels = panels;
        this.volunteering = volunteering;
        this.residents = residents;
        this.territories = territories;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!panels.listPanels(true).isEmpty()) {
            return;
        }
        TerritorySummary bellerive = territories.listTerritories().stream()
                .filter(territory -> territory.name().equals("Bellerive-sur-Sorne")).findFirst().orElse(null);
        if (bellerive == null) {
            return;
        }
        long[] panel = new long[1];
        SystemTask.runAsAdministrator("demo-panels", () -> {
            var quotas = panels.proposeQuotas(bellerive.id(), SIZE);
            panel[0] = panels.createPanel(new PanelForm(
                    "Quels tiers-lieux voulons-nous à Bellerive, et comment les faire vivre ?",
                    "Conseil municipal de Bellerive-sur-Sorne", bellerive.id(), SIZE, 4, null, null, quotas,
                    List.of(new SessionLine(LocalDateTime.of(2027, 1, 16, 9, 30), "Salle des fêtes", "Accueil et méthode"),
                            new SessionLine(LocalDateTime.of(2027, 1, 30, 9, 30), "Médiathèque", "Auditions d'experts"))));
            panels.advance(panel[0], PanelPhase.RECRUITING);
        });
        var categories = panels.findPanel(panel[0]).categories();
        String[] genders = {"femme", "homme"};
        for (int i = 0; i < 6; i++) {
            int n = i;
            long neighbour = residents.signIn("demo", "volontaire-" + i, "Volontaire " + (i + 1)).id();
            Map<String, String> declared = new java.util.LinkedHashMap<>();
            categories.forEach((category, features) -> declared.put(category, features.get(n % features.size())));
            declared.put("genre", genders[n % 2]);
            as(neighbour, () -> volunteering.volunteer(panel[0], declared, true));
        }
    }

    private void as(long residentId, Runnable action) {
        ResidentPrincipal principal = () -> residentId;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
