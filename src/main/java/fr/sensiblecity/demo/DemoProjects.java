package fr.sensiblecity.demo;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.projects.CampaignForm;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.HolderType;
import fr.sensiblecity.projects.LabelService;
import fr.sensiblecity.projects.LabelTarget;
import fr.sensiblecity.projects.LineStatus;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.projects.ProjectForm;
import fr.sensiblecity.projects.ProjectQuery;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.projects.SourceType;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The third place of Valbrume: the demo idea gathers enough neighbours to mature, Morgane promotes it to a project,
 * finds it eligible for the rural cluster, adds its funding plan and opens a civic crowdfunding campaign that Alice
 * and Bruno pledge to. Bellerive-sur-Sorne carries the "Territoire French Impact" label.
 */
@Component
@Profile("demo")
@Order(3)
class DemoProjects implements ApplicationRunner {

    private static final String IDEA_TITLE = "Un tiers-lieu dans l'ancienne poste";

    private final ProjectService projects;
    private final FundingService funding;
    private final CampaignService campaigns;
    private final LabelService labels;
    private final IdeaService ideas;
    private final SupportService supports;
    private final ResidentService residents;
    private final TerritoryService territories;
    private final Clock clock;

    DemoProjects(ProjectService projects, FundingService funding, CampaignService campaigns, LabelService labels,
            IdeaService ideas, SupportService supports, ResidentService residents, TerritoryService territories,
            Clock clock) {
        this.projects = projects;
        this.funding = funding;
        this.campaigns = campaigns;
        this.labels = labels;
        this.ideas = ideas;
        this.supports = supports;
        this.residents = residents;
        this.territories = territories;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!projects.browse(ProjectQuery.all(), 0, 1).isEmpty()) {
            return;
        }
        Optional<TerritorySummary> valbrume = territory("Valbrume");
        Optional<IdeaCard> thirdPlace = valbrume.flatMap(commune -> ideas.browse(new IdeaQuery("tiers-lieu", null,
                commune.id(), null, null, IdeaSort.NEWEST), 0, 10).stream()
                .filter(card -> card.title().equals(IDEA_TITLE)).findFirst());
        if (valbrume.isEmpty() || thirdPlace.isEmpty()) {
            return;
        }
        long idea = thirdPlace.get().id();
        for (int i = 1; i <= 8; i++) {
            as(resident("voisin-" + i, "Voisin " + i), Role.RESIDENT, () -> supports.support(idea));
        }
        long morgane = resident("morgane", "Morgane");
        long project = as(morgane, Role.MODERATOR, () -> projects.promote(List.of(idea), new ProjectForm(
                "Tiers-lieu de Valbrume", "L'ancien bureau de poste devient un **tiers-lieu** : espace de travail "
                        + "partagé, point d'accès aux services publics en ligne avec un accompagnement numérique, "
                        + "café associatif tenu par le comité des fêtes.", valbrume.get().id(), HolderType.COMMUNE,
                "Commune de Valbrume", "Comité des fêtes de Valbrume, La Poste, Banque des Territoires",
                List.of(theme("third-places"), theme("public-services")), new BigDecimal("40000")),
                "Cette idée devient le tiers-lieu de Valbrume, un projet expérimental : suivez-le sur sa page."));
        as(morgane, Role.MODERATOR, () -> {
            long study = projects.addMilestone(project, "Étude de faisabilité et visite du bâtiment",
                    LocalDate.of(2026, 10, 15));
            projects.setProgress(study, 100);
            long works = projects.addMilestone(project, "Petits travaux et mobilier", LocalDate.of(2027, 3, 1));
            projects.setProgress(works, 30);
            projects.addMilestone(project, "Ouverture au public", LocalDate.of(2027, 4, 15));
            Programme cluster = funding.listProgrammes().stream().filter(p -> p.code().equals("rural-cluster"))
                    .findFirst().orElseThrow();
            Map<Long, Boolean> checklist = new HashMap<>();
            cluster.criteria().forEach(criterion -> checklist.put(criterion.id(), true));
            funding.checkEligibility(project, cluster.id(), checklist);
            long region = funding.addLine(project, "Région – Cluster ruralité", SourceType.REGION, new BigDecimal("15000"));
            funding.moveLine(region, LineStatus.COMMITTED);
            long commune = funding.addLine(project, "Commune de Valbrume", SourceType.COMMUNE, new BigDecimal("5000"));
            funding.moveLine(commune, LineStatus.COMMITTED);
            funding.addLine(project, "Banque des Territoires", SourceType.PUBLIC_BANK, new BigDecimal("10000"));
            long campaign = campaigns.openCampaign(project, new CampaignForm(cluster.id(), new BigDecimal("10000"), null,
                    clock.instant().plus(Duration.ofDays(30)), null, null));
            as(resident("alice", "Alice des Tilleuls"), Role.RESIDENT,
                    () -> campaigns.pledge(campaign, new BigDecimal("150")));
            as(resident("bruno", "Bruno V."), Role.RESIDENT, () -> campaigns.pledge(campaign, new BigDecimal("80")));
            return null;
        });
        territory("Bellerive-sur-Sorne").ifPresent(bellerive -> as(resident("adrien", "Adrien"), Role.ADMINISTRATOR,
                () -> {
                    labels.listLabels().stream().filter(label -> label.name().equals("Territoire French Impact"))
                            .findFirst().ifPresent(label -> labels.award(label.id(), LabelTarget.TERRITORY,
                                    bellerive.id()));
                    return null;
                }));
    }

    private Optional<TerritorySummary> territory(String name) {
        return territories.listTerritories().stream().filter(territory -> territory.name().equals(name)).findFirst();
    }

    private long theme(String code) {
        return territories.listThemes().stream().filter(theme -> theme.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long resident(String username, String displayName) {
        return residents.signIn("demo", username, displayName).id();
    }

    private <T> T as(long residentId, Role role, java.util.function.Supplier<T> action) {
        ResidentPrincipal principal = new DemoPrincipal(residentId);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()),
                        new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record DemoPrincipal(long residentId) implements ResidentPrincipal {
    }
}
