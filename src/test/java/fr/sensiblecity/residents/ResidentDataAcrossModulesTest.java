package fr.sensiblecity.residents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.ideas.CommentService;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.panels.DrawService;
import fr.sensiblecity.panels.EvidenceService;
import fr.sensiblecity.panels.EvidenceSource;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.panels.SeatService;
import fr.sensiblecity.panels.SeatStatus;
import fr.sensiblecity.panels.SeatView;
import fr.sensiblecity.panels.SessionLine;
import fr.sensiblecity.panels.VolunteerService;
import fr.sensiblecity.projects.CampaignForm;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.CampaignView;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.HolderType;
import fr.sensiblecity.projects.ProjectForm;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident who took part in every module: an idea, a comment, a support, a pledge on a campaign, volunteering
 * for a panel and an accepted seat on it, and an amendment with a support in a co-construction process. Her
 * download holds each of them; erasing her account leaves nothing that identifies her in any table, and the
 * idea's supports, the campaign's pledged total, the panel's seats and the amendment's supports stay right.
 */
@MariaDbTest
class ResidentDataAcrossModulesTest {

    /** Recognisable strings: found anywhere after erasure, they are a leak. */
    private static final String NAME = "Zoé Quintessence";
    private static final String SUBJECT = "subject-zq-cross-5c2e";

    private static final String HER_IDEA = "Un marché de producteurs le samedi";
    private static final String HER_COMMENT = "Oui, et un marché de nuit en été.";
    private static final String HER_AMENDMENT = "La commune crée une navette vers la gare et le marché.";

    @Autowired
    ResidentRights rights;

    @Autowired
    ResidentService residents;

    @Autowired
    TerritoryService territories;

    @Autowired
    IdeaService ideas;

    @Autowired
    CommentService comments;

    @Autowired
    SupportService supports;

    @Autowired
    ProjectService projects;

    @Autowired
    FundingService funding;

    @Autowired
    CampaignService campaigns;

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seats;

    @Autowired
    EvidenceService evidence;

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataSearch search;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    long zoe;
    long yann;
    long staff;
    long herIdea;
    long yannsIdea;
    long campaign;
    long panel;
    long yannsAmendment;

    @BeforeEach
    void zoeTookPartInEveryModule() {
        database.wipe();
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valbrume", "99104", 860, 2023, true,
                List.of("Le Bourg", "Les Hameaux")));
        Actors.clear();
        long theme = territories.listThemes().stream().filter(found -> found.code().equals("third-places"))
                .findFirst().orElseThrow().id();
        zoe = residents.signIn("https://auth.example.fr", SUBJECT, NAME).id();
        yann = residents.signIn("https://auth.example.fr", "someone-else", "Yann Autre").id();
        staff = residents.signIn("https://auth.example.fr", "staff", "Morgane Lefèvre").id();
        Actors.system();
        residents.grantRole(staff, Role.MODERATOR);
        residents.grantRole(staff, Role.FACILITATOR);

        // Ideas: hers, supported by Yann; his, which she supports and comments.
        Actors.resident(zoe);
        herIdea = ideas.submitIdea(new IdeaForm(HER_IDEA, "Réunir les producteurs des environs sur la place chaque "
                + "samedi matin.", theme, commune.id(), null));
        Actors.resident(yann);
        yannsIdea = ideas.submitIdea(new IdeaForm("Un tiers-lieu dans l'ancienne poste", "Ouvrir l'ancienne poste "
                + "aux associations et au télétravail.", theme, commune.id(), null));
        supports.support(herIdea);
        Actors.resident(zoe);
        supports.support(yannsIdea);
        comments.postComment(yannsIdea, null, HER_COMMENT);

        // Projects: Yann's idea becomes a project with a campaign; both pledge.
        jdbc.update("update idea set state = 'MATURE', matured_at = created_at where id = ?", yannsIdea);
        jdbc.update("insert into funding_programme (code, name_fr, name_en, requires_rural, matching_pot, crowd_share, "
                + "project_cap) values ('test-cross', 'Programme', 'Programme', false, 10000, 0.5, 5000)");
        long programme = jdbc.queryForObject("select id from funding_programme where code = 'test-cross'", Long.class);
        Actors.resident(staff, Role.MODERATOR);
        long project = projects.promote(List.of(yannsIdea), new ProjectForm("Tiers-lieu de la poste", "Un tiers-lieu "
                + "dans l'ancienne poste, ouvert le samedi.", commune.id(), HolderType.COMMUNE, "Mairie de Valbrume",
                "La Poste", List.of(theme), new BigDecimal("20000")), "Cette idée devient un projet.");
        funding.checkEligibility(project, programme, Map.of());
        campaign = campaigns.openCampaign(project, new CampaignForm(programme, new BigDecimal("2000"), null,
                clock.instant().plus(Duration.ofDays(30)), null, null));
        Actors.resident(zoe);
        campaigns.pledge(campaign, new BigDecimal("120"));
        Actors.resident(yann);
        campaigns.pledge(campaign, new BigDecimal("30"));

        // Panels: a panel of two, one woman of the bourg and one man of the hamlets; both volunteer, both are drawn.
        Actors.resident(staff, Role.FACILITATOR);
        panel = panels.createPanel(new PanelForm("Comment animer la place du bourg ?", "Conseil municipal de Valbrume",
                commune.id(), 2, 0, null, null, List.of(new QuotaLine("gender", "female", 1, 1),
                        new QuotaLine("gender", "male", 1, 1), new QuotaLine("district", "Le Bourg", 1, 1),
                        new QuotaLine("district", "Les Hameaux", 1, 1)),
                List.of(new SessionLine(LocalDateTime.of(2027, 1, 9, 10, 0), "Salle des fêtes", "Accueil"))));
        panels.advance(panel, PanelPhase.RECRUITING);
        Actors.resident(zoe);
        volunteering.volunteer(panel, Map.of("gender", "female", "district", "Le Bourg"), true);
        Actors.resident(yann);
        volunteering.volunteer(panel, Map.of("gender", "male", "district", "Les Hameaux"), true);
        Actors.resident(staff, Role.FACILITATOR);
        draws.publishLottery(panel, "Les numéros du Loto du 12 décembre 2026");
        draws.draw(panel, "7 12 23 31 44");
        Actors.resident(zoe);
        seats.acceptSeat(panel);

        // Drafts: an open process where she proposes an amendment and supports Yann's.
        Actors.resident(staff, Role.FACILITATOR);
        long draft = drafts.openDraft(new DraftForm("Politique d'accueil", "Comment mieux accueillir les nouveaux "
                + "habitants ?", "Conseil municipal de Valbrume", null));
        long section = drafts.addSection(draft, "Mobilité", "La commune crée une navette vers la gare.");
        drafts.assignParticipant(draft, zoe, "Association des commerçants", null);
        drafts.assignParticipant(draft, yann, "Comité des fêtes", null);
        Actors.resident(zoe);
        amendments.proposeAmendment(section, HER_AMENDMENT, "Le marché attire du monde.");
        Actors.resident(yann);
        yannsAmendment = amendments.proposeAmendment(section, "La commune crée deux navettes vers la gare.",
                "Une seule ne suffit pas.");
        Actors.resident(zoe);
        amendments.supportAmendment(yannsAmendment);
        Actors.clear();
    }

    @Test
    void a_staff_member_who_erases_their_account_leaves_their_work_but_not_their_number() {
        Actors.resident(staff, Role.FACILITATOR);
        evidence.addLink(panel, "Étude sur les marchés de plein vent", "https://example.fr/etude.pdf",
                EvidenceSource.EXPERT, "Chambre d'agriculture");
        assertThat(search.columnsNaming(staff)).as("the search sees the staff member's number before")
                .contains("panel_evidence.added_by");

        rights.eraseMyAccount("SUPPRIMER");
        Actors.clear();

        assertThat(search.tablesContaining("Morgane Lefèvre")).as("tables still holding the staff member's name").isEmpty();
        assertThat(search.columnsNaming(staff)).as("columns still naming the staff member's number").isEmpty();
        assertThat(evidence.library(panel)).as("the evidence stays in the library").hasSize(1);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_download_holds_her_idea_comment_support_pledge_volunteering_seat_and_amendment() {
        Actors.resident(zoe);
        Map<String, Object> data = json.readValue(json.writeValueAsString(rights.myData()), Map.class);

        Map<String, Object> ideasPart = (Map<String, Object>) data.get("ideas");
        assertThat((List<Map<String, Object>>) ideasPart.get("ideas")).extracting(idea -> idea.get("title"))
                .containsExactly(HER_IDEA);
        assertThat((List<Map<String, Object>>) ideasPart.get("comments")).extracting(comment -> comment.get("body"))
                .containsExactly(HER_COMMENT);
        assertThat((List<Map<String, Object>>) ideasPart.get("supports")).extracting(support -> support.get("ideaTitle"))
                .containsExactly("Un tiers-lieu dans l'ancienne poste");
        assertThat((List<Map<String, Object>>) data.get("pledges")).singleElement().satisfies(pledge -> {
            assertThat(pledge.get("campaignId")).isEqualTo((int) campaign);
            assertThat(pledge.get("project")).isEqualTo("Tiers-lieu de la poste");
            assertThat(new BigDecimal(pledge.get("amount").toString())).isEqualByComparingTo("120");
        });
        Map<String, Object> panelsPart = (Map<String, Object>) data.get("panels");
        assertThat((List<Map<String, Object>>) panelsPart.get("volunteering")).singleElement().satisfies(volunteer -> {
            assertThat(volunteer.get("panelId")).isEqualTo((int) panel);
            assertThat(volunteer.get("declared")).isEqualTo(Map.of("gender", "female", "district", "Le Bourg"));
        });
        assertThat((List<Map<String, Object>>) panelsPart.get("seats")).singleElement().satisfies(seat -> {
            assertThat(seat.get("panelId")).isEqualTo((int) panel);
            assertThat(seat.get("status")).isEqualTo("ACCEPTED");
        });
        Map<String, Object> draftsPart = (Map<String, Object>) data.get("drafts");
        assertThat((List<Map<String, Object>>) draftsPart.get("amendments")).extracting(amendment -> amendment.get("text"))
                .containsExactly(HER_AMENDMENT);
        assertThat((List<Object>) draftsPart.get("supportedAmendments")).containsExactly((int) yannsAmendment);
        assertThat(data.toString()).doesNotContain("Yann Autre").doesNotContain("someone-else")
                .doesNotContain("Les Hameaux");
    }

    @Test
    void erasure_leaves_nothing_of_her_in_any_table_and_keeps_supports_pledges_and_seats_counted() {
        assertThat(search.tablesContaining(NAME)).as("the search sees her name before").contains("resident.display_name");
        assertThat(search.columnsNaming(zoe)).as("the search sees her number before").contains("idea.author_id",
                "idea_comment.author_id", "pledge.resident_id", "panel_volunteer.resident_id",
                "panel_seat.resident_id", "amendment.author_id", "amendment_support.resident_id",
                "draft_participant.resident_id");
        Actors.resident(staff, Role.FACILITATOR);
        List<SeatView> seatsBefore = seats.seats(panel);
        Map<String, Map<String, Integer>> compositionBefore = seats.composition(panel);
        Actors.resident(zoe);
        rights.eraseMyAccount("SUPPRIMER");
        Actors.clear();

        for (String leak : List.of(NAME, SUBJECT)) {
            assertThat(search.tablesContaining(leak)).as("tables still holding %s", leak).isEmpty();
        }
        assertThat(search.columnsNaming(zoe)).as("columns still naming her number outside the trails").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from panel_volunteer_feature f join panel_volunteer v "
                + "on v.id = f.volunteer_id where v.panel_id = ?", Integer.class, panel))
                .as("only Yann's declared features are left in the pool").isEqualTo(2);

        Actors.visitor();
        assertThat(ideas.findIdea(herIdea).supportCount()).as("Yann's support of her idea").isEqualTo(1);
        assertThat(ideas.findIdea(yannsIdea).supportCount()).as("her support still counts").isEqualTo(1);
        assertThat(supports.checkTrail(yannsIdea).consistent()).isTrue();
        CampaignView after = campaigns.findCampaign(campaign);
        assertThat(after.pledged()).as("her pledge still counts").isEqualByComparingTo("150");
        assertThat(after.pledgerCount()).isEqualTo(2);
        assertThat(seats.composition(panel)).as("the public composition").isEqualTo(compositionBefore);
        Actors.resident(yann);
        assertThat(amendments.findAmendment(yannsAmendment).supportCount()).as("her support of the amendment")
                .isEqualTo(1);

        Actors.resident(staff, Role.FACILITATOR);
        List<SeatView> seatsAfter = seats.seats(panel);
        assertThat(seatsAfter).hasSameSizeAs(seatsBefore);
        assertThat(seatsAfter).filteredOn(seat -> seat.status() == SeatStatus.ACCEPTED).singleElement()
                .satisfies(seat -> {
                    assertThat(seat.name()).as("her seat is held by no one now").isNull();
                    assertThat(seat.fromApp()).isFalse();
                });
        assertThat(seats.memberComposition(panel)).as("she still counts as a member")
                .containsEntry("gender", Map.of("female", 1));
    }
}
