package fr.sensiblecity.drafts;

import static fr.sensiblecity.drafts.AmendmentServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelRoster;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A panel's draft: its participants are the members who accepted a seat, as the panels module's roster says; the
 * draft moves the panel into consultation and on to decided. Seats are written directly here: the draw that fills
 * them is the panels module's to test.
 */
@MariaDbTest
class PanelDraftTest {

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalFacilitation facilitation;

    @Autowired
    PanelService panels;

    @Autowired
    PanelRoster roster;

    @Autowired
    TerritoryService territories;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsultationService consultation;

    @Autowired
    fr.sensiblecity.verification.ResidencyRules rules;

    @Autowired
    fr.sensiblecity.verification.LetterCodes letters;

    long commune;
    long facilitator;
    long panel;
    List<Long> members;
    long declined;

    @BeforeEach
    void aPanelOfFiveWhoAcceptedTheirSeatsAndOneWhoDeclined() {
        database.wipe();
        facilitator = fixtures.facilitator();
        Actors.system();
        commune = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 1240, 2023, true,
                List.of("Le Bourg"))).id();
        Actors.resident(facilitator, Role.FACILITATOR);
        panel = panels.createPanel(new PanelForm("Comment mieux accueillir les nouveaux habitants ?", "Conseil municipal",
                commune, 5, 0, null, null, List.of(new QuotaLine("gender", "female", 1, 4),
                new QuotaLine("gender", "male", 1, 4)), List.of()));
        jdbc.update("update panel set phase = 'DELIBERATING' where id = ?", panel);
        members = List.of(fixtures.resident("membre-1"), fixtures.resident("membre-2"), fixtures.resident("membre-3"),
                fixtures.resident("membre-4"), fixtures.resident("membre-5"));
        declined = fixtures.resident("declined");
        members.forEach(member -> seat(member, "ACCEPTED"));
        seat(declined, "DECLINED");
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_panels_members_write_and_vote_and_the_panel_follows_the_draft_through_consultation() {
        Actors.resident(facilitator, Role.FACILITATOR);
        long draft = drafts.openDraft(new DraftForm("Politique d'accueil", "Comment mieux accueillir les nouveaux "
                + "habitants ?", "Conseil municipal", panel));
        long section = drafts.addSection(draft, "Logement", "La commune recense les logements vacants.");
        assertRefused(() -> drafts.assignParticipant(draft, declined, "Association", null), "drafts.error.panelRoster");
        assertThat(drafts.findDraft(draft).participantCount()).isEqualTo(5);

        Actors.resident(declined);
        assertThatThrownBy(() -> amendments.proposeAmendment(section, "Un autre texte.", "Un motif."))
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(members.getFirst());
        long amendment = amendments.proposeAmendment(section, "La commune rénove les logements vacants.", "Agir.");

        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(draft, DraftPhase.CONSULTATION);
        assertThat(roster.findPanel(panel).orElseThrow().phase()).isEqualTo(PanelPhase.CONSULTATION);
        drafts.advancePhase(draft, DraftPhase.DELIBERATION);
        amendments.openAmendmentVote(amendment);
        long recommendation = recommendations.addRecommendation(draft, "Rénover dix logements vacants par an.");
        recommendations.openRecommendationVote(recommendation);
        for (int i = 0; i < 4; i++) {
            Actors.resident(members.get(i));
            recommendations.voteRecommendation(recommendation, Choice.FOR);
        }
        Actors.resident(declined);
        assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.FOR))
                .isInstanceOf(AccessDeniedException.class);

        Actors.resident(facilitator, Role.FACILITATOR);
        jdbc.update("update draft set recommend_base = 'MEMBERS' where id = ?", draft);
        assertThat(recommendations.closeRecommendationVote(recommendation)).as("4 of 5 members is 80%").isTrue();
        assertThat(recommendations.recommendationsOf(draft).getFirst().tally()).isEqualTo(new Tally(4, 0, 0, 5));
        drafts.advancePhase(draft, DraftPhase.CLOSED);
        assertThat(roster.findPanel(panel).orElseThrow().phase()).isEqualTo(PanelPhase.DECIDED);
    }

    @Test
    void where_the_panels_commune_reserves_consultation_comments_only_verified_residents_comment() {
        Actors.resident(facilitator, Role.FACILITATOR);
        long draft = drafts.openDraft(new DraftForm("Politique d'accueil", "Comment mieux accueillir les nouveaux "
                + "habitants ?", "Conseil municipal", panel));
        long section = drafts.addSection(draft, "Logement", "La commune recense les logements vacants.");
        drafts.advancePhase(draft, DraftPhase.CONSULTATION);
        Actors.system();
        rules.changeRules(commune, java.util.Set.of(fr.sensiblecity.verification.VerifiedAction.CONSULTATION_COMMENT));
        String code = letters.generate(commune, 1).codes().getFirst();

        Actors.resident(fixtures.resident("camille"));
        assertThatThrownBy(() -> consultation.commentSection(draft, section, null, "Pensez aux familles."))
                .isInstanceOfSatisfying(fr.sensiblecity.verification.NotVerified.class, refused -> assertThat(
                        refused.messageKey()).isEqualTo("verification.required.consultation_comment"));
        assertThat(consultation.commentsBySection(draft).getOrDefault(section, List.of())).isEmpty();
        letters.redeem(code);
        consultation.commentSection(draft, section, null, "Pensez aux familles.");
        assertThat(consultation.commentsBySection(draft).get(section)).hasSize(1);
    }

    @Test
    void a_draft_for_a_panel_that_does_not_exist_is_refused() {
        Actors.resident(facilitator, Role.FACILITATOR);
        assertRefused(() -> drafts.openDraft(new DraftForm("Politique d'accueil", "Une question assez longue ?",
                "Conseil municipal", panel + 1000)), "drafts.error.noSuchPanel");
    }

    @Test
    void on_a_panels_draft_its_members_propose_and_support_recommendations_and_nobody_else() {
        Actors.resident(facilitator, Role.FACILITATOR);
        long draft = drafts.openDraft(new DraftForm("Politique d'accueil", "Comment mieux accueillir les nouveaux "
                + "habitants ?", "Conseil municipal", panel));
        drafts.addSection(draft, "Logement", "La commune recense les logements vacants.");
        long otherPanel = panels.createPanel(new PanelForm("Quelle place pour le vélo ?", "Conseil municipal",
                jdbc.queryForObject("select territory_id from panel where id = ?", Long.class, panel), 5, 0, null, null,
                List.of(new QuotaLine("gender", "female", 1, 4), new QuotaLine("gender", "male", 1, 4)), List.of()));
        long otherPanelMember = fixtures.resident("membre-ailleurs");
        jdbc.update("insert into panel_seat (panel_id, resident_id, draw_round, status, profile, offered_at) "
                + "values (?, ?, 0, 'ACCEPTED', '', ?)", otherPanel, otherPanelMember, LocalDateTime.of(2026, 11, 1, 10, 0));

        Actors.resident(members.getFirst());
        long proposal = proposals.proposeRecommendation(draft, "Un guichet unique d'accueil",
                "La mairie ouvre un guichet unique pour les nouveaux habitants.");
        Actors.resident(members.get(1));
        assertThat(proposals.supportProposal(proposal)).isEqualTo(1);
        for (long outsider : List.of(declined, otherPanelMember)) {
            Actors.resident(outsider);
            assertThatThrownBy(() -> proposals.proposeRecommendation(draft, "Un autre titre", "Un autre texte assez long."))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proposals.supportProposal(proposal)).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(draft, DraftPhase.CONSULTATION);
        drafts.advancePhase(draft, DraftPhase.DELIBERATION);
        long recommendation = facilitation.putProposalToVote(proposal);
        for (int i = 0; i < 4; i++) {
            Actors.resident(members.get(i));
            recommendations.voteRecommendation(recommendation, Choice.FOR);
        }
        Actors.resident(otherPanelMember);
        assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.FOR))
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(recommendations.closeRecommendationVote(recommendation)).as("4 of 4 cast").isTrue();
        assertThat(recommendations.recommendationsOf(draft).getFirst().tally()).isEqualTo(new Tally(4, 0, 0, 5));
    }

    private void seat(long resident, String status) {
        jdbc.update("insert into panel_seat (panel_id, resident_id, draw_round, status, profile, offered_at) "
                + "values (?, ?, 0, ?, '', ?)", panel, resident, status, LocalDateTime.of(2026, 11, 1, 10, 0));
    }
}
