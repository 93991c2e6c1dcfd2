package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.drafts.ProposalDetails;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.VolunteerService;
import fr.sensiblecity.support.CleanDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile a newcomer starts: a fictional cluster of communes, and accounts that sign in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @LocalServerPort
    int port;

    @Autowired
    CleanDatabase database;

    @Autowired
    List<ApplicationRunner> startupTasks;

    @Autowired
    fr.sensiblecity.projects.ProjectService projects;

    @Autowired
    fr.sensiblecity.projects.FundingService funding;

    @Autowired
    fr.sensiblecity.projects.CampaignService campaigns;

    @Autowired
    fr.sensiblecity.drafts.DraftService drafts;

    @Autowired
    fr.sensiblecity.drafts.ProposalService proposals;

    /** Other tests may have run first on the shared database: start from empty, as a newcomer does. */
    @BeforeEach
    void startTheDemoOnAnEmptyDatabase() throws Exception {
        database.wipe();
        for (ApplicationRunner task : startupTasks) {
            task.run(new DefaultApplicationArguments());
        }
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_demo_holds_five_communes_two_of_them_small_and_one_with_districts() {
        List<TerritorySummary> communes = territories.listTerritories();
        assertThat(communes).hasSize(5);
        assertThat(communes).filteredOn(commune -> commune.population() < 2000 && commune.rural()).hasSize(2);
        assertThat(communes).filteredOn(commune -> !commune.districts().isEmpty()).hasSize(1);
    }

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Test
    void the_demo_accounts_exist_with_their_roles() {
        Actors.system();
        assertThat(residents.searchResidents("")).extracting(ResidentAccount::displayName)
                .contains("Alice des Tilleuls", "Bruno V.", "Chloé", "Morgane", "Adrien");
        assertThat(residents.searchResidents("Morgane").getFirst().roles()).contains(Role.MODERATOR);
        assertThat(residents.searchResidents("Adrien").getFirst().roles()).contains(Role.ADMINISTRATOR);
        assertThat(residents.searchResidents("Fanny").getFirst().roles()).contains(Role.FACILITATOR);
        assertThat(residents.searchResidents("Maëlle").getFirst().roles()).contains(Role.MEDIATOR);
    }

    @Test
    void the_demo_has_a_panel_recruiting_volunteers_in_the_town_with_districts() {
        Actors.visitor();
        List<PanelDetails> recruiting = panels.listPanels(false);
        assertThat(recruiting).hasSize(1);
        assertThat(recruiting.getFirst().phase()).isEqualTo(PanelPhase.RECRUITING);
        assertThat(recruiting.getFirst().categories()).containsKeys("genre", "âge", "diplôme", "quartier");
        assertThat(volunteering.poolSize(recruiting.getFirst().id())).isPositive();
    }

    @Test
    void the_demo_holds_a_project_promoted_in_valbrume_with_a_funding_plan_and_an_open_campaign() {
        Actors.visitor();
        var cards = projects.browse(fr.sensiblecity.projects.ProjectQuery.all(), 0, 10);
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.territoryName()).isEqualTo("Valbrume");
            assertThat(card.fundingStatus()).isEqualTo(fr.sensiblecity.projects.FundingStatus.PARTLY);
        });
        long project = cards.getFirst().id();
        assertThat(projects.findProject(project).ideas()).singleElement()
                .satisfies(idea -> assertThat(idea.title()).isEqualTo("Un tiers-lieu dans l'ancienne poste"));
        assertThat(funding.plan(project).lines()).hasSize(3);
        assertThat(funding.eligibilityOf(project)).singleElement().satisfies(check -> assertThat(check.eligible()).isTrue());
        assertThat(campaigns.campaignOfProject(project)).hasValueSatisfying(campaign -> {
            assertThat(campaign.state()).isEqualTo(fr.sensiblecity.projects.CampaignState.OPEN);
            assertThat(campaign.pledged()).isEqualByComparingTo("230");
        });
    }

    @Test
    void the_demo_draft_shows_members_proposals_with_their_supports() {
        Actors.system();
        long fanny = residents.searchResidents("Fanny").getFirst().id();
        Actors.resident(fanny, Role.FACILITATOR);
        long draft = drafts.listDrafts().getFirst().id();
        assertThat(proposals.proposalsOf(draft)).extracting(ProposalDetails::title, ProposalDetails::supportCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Un guichet unique d'accueil en mairie", 2),
                        org.assertj.core.groups.Tuple.tuple("Des arceaux à vélos à la gare", 1));
    }

    @Test
    void a_demo_account_signs_in_with_its_password_and_a_wrong_password_is_refused() throws Exception {
        assertThat(signIn("alice", "wrong")).endsWith("/login?error");
        assertThat(signIn("alice", "demo")).doesNotContain("error");
    }

    @Autowired
    fr.sensiblecity.support.MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void after_ten_wrong_passwords_an_account_is_paused_even_for_the_right_one_and_others_are_not() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("Bruno", "guess" + i)).endsWith("/login?error");
        }
        assertThat(signIn("bruno", "demo")).as("paused, whatever the case of the name").endsWith("/login?error");
        assertThat(signIn("chloe", "demo")).as("other accounts are not slowed").doesNotContain("error");

        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(signIn("bruno", "demo")).as("an attempt comes back every 90 seconds").doesNotContain("error");
    }

    private String signIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
