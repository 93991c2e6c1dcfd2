package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.notifications.FollowService;
import fr.sensiblecity.notifications.NotificationItem;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.notifications.TargetType;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@MariaDbTest
class ProjectServiceTest {

    @Autowired
    fr.sensiblecity.base.AuditTrail audit;

    @Autowired
    EventsDelivered delivered;

    @Autowired
    ProjectService projects;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    FollowService follows;

    @Autowired
    NotificationService notifications;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LabelService labels;

    TerritorySummary valbrume;
    long moderator;

    @BeforeEach
    void aCommuneAndAModerator() {
        database.wipe();
        valbrume = fixtures.commune("Valbrume", 860, true);
        moderator = fixtures.resident("morgane");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void promoted_ideas_are_accepted_link_to_the_project_and_everyone_behind_them_is_told_once() {
        long alice = fixtures.resident("alice");
        long bruno = fixtures.resident("bruno");
        long chloe = fixtures.resident("chloe");
        long first = fixtures.matureIdea(alice, valbrume, "Un tiers-lieu à la poste");
        Actors.resident(bruno);
        long second = ideas.submitIdea(new fr.sensiblecity.ideas.IdeaForm("Un café associatif au bourg",
                "Un café tenu par le comité des fêtes, ouvert le samedi.", fixtures.theme("third-places"),
                valbrume.id(), null));
        Actors.resident(chloe);
        supports.support(first);
        supports.support(second);
        follows.follow(TargetType.IDEA, first);
        jdbc.update("update idea set state = 'MATURE' where id = ?", second);

        Actors.resident(moderator, Role.MODERATOR);
        long project = projects.promote(List.of(first, second), fixtures.form(valbrume, "Tiers-lieu de Valbrume",
                "third-places", new BigDecimal("40000")), "Ces idées deviennent le tiers-lieu de Valbrume.");

        Actors.visitor();
        for (long idea : List.of(first, second)) {
            assertThat(ideas.findIdea(idea).state()).isEqualTo(IdeaState.ACCEPTED);
            assertThat(ideas.findIdea(idea).publicAnswer()).isEqualTo("Ces idées deviennent le tiers-lieu de Valbrume.");
            assertThat(projects.projectOfIdea(idea)).contains(project);
        }
        ProjectDetails details = projects.findProject(project);
        assertThat(details.phase()).isEqualTo(ProjectPhase.STUDY);
        assertThat(details.ideas()).extracting(ProjectDetails.SourceIdea::id).containsExactly(first, second);
        assertThat(details.timeline()).extracting(ProjectDetails.TimelineEntry::kind).containsExactly("CREATED");
        delivered.await();
        for (long resident : List.of(alice, bruno, chloe)) {
            Actors.resident(resident);
            assertThat(notifications.myNotifications(10)).filteredOn(item -> item.kind() == NotificationKind.IDEA_PROMOTED)
                    .singleElement().extracting(NotificationItem::targetId).isEqualTo(project);
        }
    }

    @Test
    void an_idea_that_is_not_mature_refuses_the_whole_promotion_and_nothing_changes() {
        long alice = fixtures.resident("alice");
        long mature = fixtures.matureIdea(alice, valbrume, "Un tiers-lieu à la poste");
        Actors.resident(alice);
        long young = ideas.submitIdea(new fr.sensiblecity.ideas.IdeaForm("Une idée toute neuve ici",
                "Une idée publiée ce matin, sans soutien encore.", fixtures.theme("mobility"), valbrume.id(), null));

        Actors.resident(moderator, Role.MODERATOR);
        assertThatThrownBy(() -> projects.promote(List.of(mature, young), fixtures.form(valbrume, "Projet refusé",
                "third-places", null), "Une réponse publique assez longue."))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("idea.error.notMatureForProject");
        assertThat(projects.browse(ProjectQuery.all(), 0, 10)).isEmpty();
        assertThat(ideas.findIdea(mature).state()).isEqualTo(IdeaState.MATURE);

        projects.promote(List.of(mature), fixtures.form(valbrume, "Premier projet", "third-places", null),
                "Une réponse publique assez longue.");
        assertThatThrownBy(() -> projects.promote(List.of(mature), fixtures.form(valbrume, "Second projet",
                "third-places", null), "Une réponse publique assez longue.")).isInstanceOf(DomainException.class);
        assertThat(projects.browse(ProjectQuery.all(), 0, 10)).hasSize(1);
        assertThatThrownBy(() -> projects.promote(List.of(-1L), fixtures.form(valbrume, "Idée inconnue",
                "third-places", null), "Une réponse publique assez longue.")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("idea.error.notFound");
        assertThatThrownBy(() -> projects.promote(List.of(), fixtures.form(valbrume, "Sans idée", "third-places", null),
                "Une réponse publique assez longue.")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("project.error.ideas");
    }

    @Test
    void a_project_goes_through_its_phases_in_order_and_its_followers_are_told() {
        long project = fixtures.project(valbrume, "Navette des hameaux", "mobility", null);
        long follower = fixtures.resident("dominique");
        Actors.resident(follower);
        follows.follow(TargetType.PROJECT, project);

        Actors.resident(moderator, Role.MODERATOR);
        assertThatThrownBy(() -> projects.changePhase(project, ProjectPhase.EVALUATION, ""))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("project.error.phase");
        projects.changePhase(project, ProjectPhase.EXPERIMENTATION, "Six mois d'essai sur deux hameaux.");
        projects.changePhase(project, ProjectPhase.EVALUATION, "");
        assertThatThrownBy(() -> projects.changePhase(project, ProjectPhase.GENERALISED, "Trop court"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("project.error.evaluation");
        projects.changePhase(project, ProjectPhase.GENERALISED, "Fréquentation suffisante : la navette est étendue.");
        assertThatThrownBy(() -> projects.changePhase(project, ProjectPhase.STOPPED, "Arrêt demandé après coup"))
                .isInstanceOf(DomainException.class);

        Actors.visitor();
        ProjectDetails details = projects.findProject(project);
        assertThat(details.phase()).isEqualTo(ProjectPhase.GENERALISED);
        assertThat(details.evaluationSummary()).isEqualTo("Fréquentation suffisante : la navette est étendue.");
        assertThat(details.timeline()).extracting(ProjectDetails.TimelineEntry::phase).containsExactly(
                ProjectPhase.STUDY, ProjectPhase.EXPERIMENTATION, ProjectPhase.EVALUATION, ProjectPhase.GENERALISED);
        delivered.await();
        Actors.resident(follower);
        assertThat(notifications.myNotifications(10)).filteredOn(item -> item.kind() == NotificationKind.PROJECT_PHASE_CHANGED)
                .hasSize(3);
    }

    @Test
    void milestones_carry_a_progress_from_0_to_100_and_reaching_100_goes_on_the_timeline() {
        long project = fixtures.project(valbrume, "Navette des hameaux", "mobility", null);
        Actors.resident(moderator, Role.MODERATOR);
        long milestone = projects.addMilestone(project, "Choix du véhicule", java.time.LocalDate.of(2027, 3, 1));
        for (int bad : new int[] {-1, 101}) {
            assertThatThrownBy(() -> projects.setProgress(milestone, bad)).isInstanceOf(DomainException.class)
                    .extracting("messageKey").isEqualTo("milestone.error.progress");
        }
        assertThatThrownBy(() -> projects.addMilestone(project, " ", null)).isInstanceOf(DomainException.class);
        projects.setProgress(milestone, 40);
        projects.setProgress(milestone, 100);
        projects.setProgress(milestone, 100);
        assertThat(audit.newestFirst(0, 3)).as("the same progress again changes nothing")
                .extracting(entry -> entry.action() + " " + entry.reason()).containsExactly(
                "MILESTONE_PROGRESS Choix du véhicule: 40 % → 100 %",
                "MILESTONE_PROGRESS Choix du véhicule: 0 % → 40 %", "ADD_MILESTONE Choix du véhicule · 2027-03-01");
        assertThat(audit.newestFirst(0, 3)).extracting(fr.sensiblecity.base.AuditEntry::actorId).containsOnly(moderator);

        ProjectDetails details = projects.findProject(project);
        assertThat(details.milestones()).singleElement().extracting(ProjectDetails.Milestone::progress).isEqualTo(100);
        assertThat(details.timeline()).filteredOn(entry -> entry.kind().equals("MILESTONE")).singleElement()
                .extracting(ProjectDetails.TimelineEntry::note).isEqualTo("Choix du véhicule");
    }

    @Test
    void the_list_filters_by_territory_theme_phase_and_funding_status() {
        TerritorySummary bellerive = fixtures.commune("Bellerive", 18700, false);
        long shuttle = fixtures.project(valbrume, "Navette des hameaux", "mobility", new BigDecimal("1000"));
        long market = fixtures.project(bellerive, "Marché de producteurs", "short-food-circuits", null);
        Actors.resident(moderator, Role.MODERATOR);
        projects.changePhase(market, ProjectPhase.EXPERIMENTATION, "");

        Actors.visitor();
        assertThat(ids(new ProjectQuery(valbrume.id(), null, null, null))).containsExactly(shuttle);
        assertThat(ids(new ProjectQuery(null, fixtures.theme("short-food-circuits"), null, null))).containsExactly(market);
        assertThat(ids(new ProjectQuery(null, null, ProjectPhase.STUDY, null))).containsExactly(shuttle);
        assertThat(ids(new ProjectQuery(null, null, null, FundingStatus.UNFUNDED))).containsExactly(market, shuttle);
        assertThat(ids(new ProjectQuery(null, null, null, FundingStatus.FULLY))).isEmpty();
        assertThat(projects.browse(ProjectQuery.all(), 1, 1)).hasSize(1);
        assertThatThrownBy(() -> projects.browse(ProjectQuery.all(), 0, 501)).isInstanceOf(DomainException.class);
    }

    @Test
    void labels_awarded_to_a_territory_or_a_project_show_on_the_project_page() {
        long project = fixtures.project(valbrume, "Navette des hameaux", "mobility", null);
        Actors.resident(fixtures.resident("adrien"), Role.ADMINISTRATOR);
        long frenchImpact = labels.listLabels().stream().filter(label -> label.name().equals("Territoire French Impact"))
                .findFirst().orElseThrow().id();
        long zeroWaste = labels.createLabel("Territoire Zéro déchet Zéro gaspi", "Label de Strasbourg");
        assertThatThrownBy(() -> labels.createLabel("Territoire Zéro déchet Zéro gaspi", ""))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("label.error.taken");
        labels.award(frenchImpact, LabelTarget.TERRITORY, valbrume.id());
        labels.award(frenchImpact, LabelTarget.TERRITORY, valbrume.id());
        labels.award(zeroWaste, LabelTarget.PROJECT, project);
        assertThatThrownBy(() -> labels.award(zeroWaste, LabelTarget.PROJECT, -1)).isInstanceOf(DomainException.class);

        Actors.visitor();
        assertThat(projects.findProject(project).labels()).containsExactly("Territoire French Impact",
                "Territoire Zéro déchet Zéro gaspi");
        assertThat(labels.listAwards()).hasSize(2);
        Actors.resident(fixtures.resident("adrien"), Role.ADMINISTRATOR);
        labels.revoke(zeroWaste, LabelTarget.PROJECT, project);
        assertThat(projects.findProject(project).labels()).containsExactly("Territoire French Impact");
    }

    private List<Long> ids(ProjectQuery query) {
        return projects.browse(query, 0, 50).stream().map(ProjectCard::id).toList();
    }
}
