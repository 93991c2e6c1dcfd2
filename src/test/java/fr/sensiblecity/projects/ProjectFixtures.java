package fr.sensiblecity.projects;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Communes, mature ideas, projects and programmes for the projects tests. */
@Component
class ProjectFixtures {

    private final TerritoryService territories;
    private final ResidentService residents;
    private final IdeaService ideas;
    private final ProjectService projects;
    private final JdbcTemplate jdbc;
    private int codes;

    ProjectFixtures(TerritoryService territories, ResidentService residents, IdeaService ideas, ProjectService projects,
            JdbcTemplate jdbc) {
        this.territories = territories;
        this.residents = residents;
        this.ideas = ideas;
        this.projects = projects;
        this.jdbc = jdbc;
    }

    TerritorySummary commune(String name, int population, boolean rural) {
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm(name, "99" + (500 + codes++ % 400),
                population, 2023, rural, List.of()));
        Actors.clear();
        return commune;
    }

    long theme(String code) {
        return territories.listThemes().stream().filter(theme -> theme.code().equals(code)).findFirst().orElseThrow().id();
    }

    long resident(String name) {
        return residents.signIn("demo", name, name).id();
    }

    /** An idea posted by {@code author}, then marked mature as the maturity rule would. */
    long matureIdea(long author, TerritorySummary commune, String title) {
        Actors.resident(author);
        long id = ideas.submitIdea(new IdeaForm(title, "Une description assez longue pour être publiée sans souci.",
                theme("third-places"), commune.id(), null));
        jdbc.update("update idea set state = 'MATURE', matured_at = created_at where id = ?", id);
        Actors.clear();
        return id;
    }

    ProjectForm form(TerritorySummary commune, String title, String themeCode, @Nullable BigDecimal budget) {
        return new ProjectForm(title, "Un tiers-lieu dans l'ancienne poste, ouvert le samedi.", commune.id(),
                HolderType.COMMUNE, "Mairie de " + commune.name(), "La Poste, Banque des Territoires",
                List.of(theme(themeCode)), budget);
    }

    /** A project promoted by a moderator from a fresh mature idea. */
    long project(TerritorySummary commune, String title, String themeCode, @Nullable BigDecimal budget) {
        long author = resident("author-" + title.hashCode());
        long idea = matureIdea(author, commune, "Idée : " + title);
        Actors.resident(resident("moderator"), Role.MODERATOR);
        long id = projects.promote(List.of(idea), form(commune, title, themeCode, budget),
                "Cette idée devient un projet expérimental.");
        Actors.clear();
        return id;
    }

    /** The seeded rural cluster. */
    long ruralCluster() {
        return jdbc.queryForObject("select id from funding_programme where code = 'rural-cluster'", Long.class);
    }

    /** A programme with no eligibility rule and its own pot, for campaigns. */
    long openProgramme(String code, BigDecimal pot, BigDecimal share, BigDecimal cap) {
        jdbc.update("insert into funding_programme (code, name_fr, name_en, requires_rural, matching_pot, crowd_share, "
                + "project_cap) values (?, ?, ?, false, ?, ?, ?)", "test-" + code, "Programme " + code,
                "Programme " + code, pot, share, cap);
        return jdbc.queryForObject("select id from funding_programme where code = ?", Long.class, "test-" + code);
    }

    BigDecimal pot(long programmeId) {
        return jdbc.queryForObject("select matching_pot from funding_programme where id = ?", BigDecimal.class,
                programmeId);
    }

    Map<String, Object> campaignRow(long campaignId) {
        return jdbc.queryForMap("select * from campaign where id = ?", campaignId);
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }
}
