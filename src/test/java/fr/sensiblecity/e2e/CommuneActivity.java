package fr.sensiblecity.e2e;

import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.panels.SessionLine;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.HolderType;
import fr.sensiblecity.projects.LineStatus;
import fr.sensiblecity.projects.ProjectForm;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.projects.SourceType;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new commune where things happen, for the stories that look at the lists and the home page: a panel recruiting
 * volunteers, with two sessions, and a project promoted from a resident's mature idea, with a committed funding line.
 */
final class CommuneActivity {

    /** What {@link #create} made. */
    record Made(TerritorySummary commune, long panel, long idea, long project) {
    }

    private final ApplicationContext context;

    CommuneActivity(ApplicationContext context) {
        this.context = context;
    }

    Made create(String run) {
        TerritoryService territories = context.getBean(TerritoryService.class);
        PanelService panels = context.getBean(PanelService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TerritorySummary[] commune = new TerritorySummary[1];
        long[] ids = new long[2];
        SystemTask.runAsAdministrator("e2e", () -> {
            commune[0] = territories.createTerritory(new TerritoryForm("Valsorne " + run,
                    "9" + (1000 + ThreadLocalRandom.current().nextInt(9000)), 2400, 2023, true,
                    List.of("Le Bourg", "Les Hameaux")));
            ids[0] = panels.createPanel(new PanelForm("Quelle place pour la voiture au centre-bourg ? " + run,
                    "Conseil municipal de Valsorne", commune[0].id(), 2, 0, null, null,
                    List.of(new QuotaLine("gender", "female", 0, 2), new QuotaLine("gender", "male", 0, 2)),
                    List.of(new SessionLine(LocalDateTime.now().plusDays(20), "Salle des fêtes", "Accueil et méthode"),
                            new SessionLine(LocalDateTime.now().plusDays(34), "Mairie", "Audition des experts"))));
            panels.advance(ids[0], PanelPhase.RECRUITING);
        });
        long theme = jdbc.queryForObject("select min(id) from theme", Long.class);
        Actors.resident(context.getBean(ResidentService.class).signIn("e2e", "camille-" + run, "Camille " + run).id());
        long idea;
        try {
            idea = context.getBean(IdeaService.class).submitIdea(new IdeaForm("Un tiers-lieu dans l'ancienne poste "
                    + run, "Une description assez longue pour être publiée sans souci.", theme, commune[0].id(), null));
        } finally {
            Actors.clear();
        }
        jdbc.update("update idea set state = 'MATURE', matured_at = created_at where id = ?", idea);
        SystemTask.runAsAdministrator("e2e", () -> {
            ids[1] = context.getBean(ProjectService.class).promote(List.of(idea), new ProjectForm("Tiers-lieu " + run,
                    "Un tiers-lieu dans l'ancienne poste, ouvert le samedi.", commune[0].id(), HolderType.COMMUNE,
                    "Mairie de Valsorne", "La Poste", List.of(theme), new BigDecimal("10000")),
                    "Cette idée devient un projet expérimental.");
            FundingService funding = context.getBean(FundingService.class);
            long line = funding.addLine(ids[1], "Région", SourceType.REGION, new BigDecimal("4000"));
            funding.moveLine(line, LineStatus.COMMITTED);
        });
        return new Made(commune[0], ids[0], idea, ids[1]);
    }
}
