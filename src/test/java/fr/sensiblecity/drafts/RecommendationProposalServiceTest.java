package fr.sensiblecity.drafts;

import static fr.sensiblecity.drafts.AmendmentServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.notifications.NotificationItem;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.support.MariaDbTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Members propose recommendations and support each other's; the draft's facilitator puts one to the vote (the
 * existing secret ballot and 80 % rule decide it), merges duplicates once every author agreed, or declines one with
 * a reason. Each action is tried role by role.
 */
@MariaDbTest
class RecommendationProposalServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalFacilitation facilitation;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    NotificationService notifications;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    EventsDelivered delivered;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    fr.sensiblecity.residents.ResidentService residents;

    long facilitator;
    long otherFacilitator;
    long otherMember;
    long resident;
    long administrator;
    long otherDraft;
    DraftFixtures.Process process;

    @BeforeEach
    void fiveMembersAndAnotherProcessWithItsOwnFacilitator() {
        database.wipe();
        facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 5);
        otherFacilitator = fixtures.resident("autre-facilitatrice");
        otherMember = fixtures.resident("membre-ailleurs");
        resident = fixtures.resident("habitante");
        administrator = fixtures.resident("administratrice");
        Actors.system();
        residents.grantRole(otherFacilitator, Role.FACILITATOR);
        Actors.resident(otherFacilitator, Role.FACILITATOR);
        otherDraft = drafts.openDraft(new DraftForm("Plan vélo", "Comment rouler plus sûrement ?", "Conseil municipal",
                null));
        drafts.assignParticipant(otherDraft, otherMember, "Collectif vélo", null);
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_member_proposes_the_others_support_it_once_each_and_may_take_their_support_back() {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        Actors.resident(process.member(2));
        assertThat(proposals.supportProposal(proposal)).isEqualTo(1);
        assertRefused(() -> proposals.supportProposal(proposal), "drafts.error.proposalAlreadySupported");
        Actors.resident(process.member(3));
        assertThat(proposals.supportProposal(proposal)).isEqualTo(2);
        Actors.resident(process.member(1));
        assertRefused(() -> proposals.supportProposal(proposal), "drafts.error.ownProposal");
        Actors.resident(process.member(2));
        assertThat(proposals.withdrawProposalSupport(proposal)).isEqualTo(1);
        assertThat(proposals.withdrawProposalSupport(proposal)).as("withdrawing twice changes nothing").isEqualTo(1);

        Actors.resident(process.member(3));
        ProposalDetails seen = proposals.proposalsOf(process.draft()).getFirst();
        assertThat(seen.title()).isEqualTo("Un guichet unique d'accueil");
        assertThat(seen.authorNames()).containsExactly("member-1");
        assertThat(seen.supportCount()).isEqualTo(1);
        assertThat(seen.supportedByMe()).isTrue();
        assertThat(seen.mine()).isFalse();
        assertThat(seen.state()).isEqualTo(ProposalState.OPEN);
        Actors.resident(process.member(1));
        assertThat(proposals.proposalsOf(process.draft()).getFirst().mine()).isTrue();
    }

    @Test
    void every_member_supporting_twice_at_once_counts_once_each() throws Exception {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        List<java.util.concurrent.Callable<Boolean>> tasks = new java.util.ArrayList<>();
        for (int member = 2; member <= 5; member++) {
            long id = process.member(member);
            for (int twice = 0; twice < 2; twice++) {
                tasks.add(() -> AmendmentServiceTest.succeeds(() -> {
                    Actors.resident(id);
                    proposals.supportProposal(proposal);
                }));
            }
        }
        assertThat(AmendmentServiceTest.runAll(tasks)).filteredOn(Boolean::booleanValue).hasSize(4);
        assertThat(jdbc.queryForObject("select support_count from recommendation_proposal where id = ?", Integer.class,
                proposal)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from recommendation_proposal_support where proposal_id = ?",
                Integer.class, proposal)).isEqualTo(4);
    }

    @Test
    void bad_input_gets_a_sentence_and_nothing_is_stored_and_text_is_cleaned() {
        Actors.resident(process.member(1));
        assertRefused(() -> proposals.proposeRecommendation(process.draft(), "Abc", "Un texte assez long."),
                "drafts.error.proposalTitle");
        assertRefused(() -> proposals.proposeRecommendation(process.draft(), "Un titre correct", "Court"),
                "drafts.error.proposalText");
        assertRefused(() -> proposals.proposeRecommendation(process.draft(), "Un titre correct", "x".repeat(2801)),
                "drafts.error.proposalText");
        assertThat(jdbc.queryForObject("select count(*) from recommendation_proposal", Integer.class)).isZero();

        long cleaned = propose(1, "  Des\u202E navettes\n pour  tous ", "Une navette\u200B relie les hameaux\r\n\r\n\r\nà la gare.");
        ProposalDetails seen = proposals.proposalsOf(process.draft()).stream().filter(p -> p.id() == cleaned)
                .findFirst().orElseThrow();
        assertThat(seen.title()).isEqualTo("Des navettes pour tous");
        assertThat(seen.body()).isEqualTo("Une navette relie les hameaux\n\nà la gare.");
    }

    @Test
    void only_members_of_that_draft_propose_and_support() {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        for (Runnable actor : List.<Runnable>of(() -> Actors.resident(otherMember), () -> Actors.resident(resident),
                () -> Actors.resident(facilitator, Role.FACILITATOR),
                () -> Actors.resident(otherFacilitator, Role.FACILITATOR),
                () -> Actors.resident(administrator, Role.ADMINISTRATOR), Actors::visitor)) {
            actor.run();
            assertThatThrownBy(() -> proposals.proposeRecommendation(process.draft(), "Un autre titre",
                    "Un autre texte de recommandation.")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proposals.supportProposal(proposal)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proposals.withdrawProposalSupport(proposal))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(otherMember);
        assertThat(proposals.proposeRecommendation(otherDraft, "Des arceaux partout", "Des arceaux devant chaque école."))
                .as("a member of the other draft proposes there").isPositive();
        assertThat(jdbc.queryForObject("select support_count from recommendation_proposal where id = ?", Integer.class,
                proposal)).isZero();
    }

    @Test
    void only_the_drafts_facilitator_or_an_administrator_decides_a_proposal() {
        inDeliberation();
        long first = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        long second = propose(2, "Un livret d'accueil traduit", "Un livret d'accueil traduit en cinq langues.");
        for (Runnable actor : List.<Runnable>of(() -> Actors.resident(process.member(1)),
                () -> Actors.resident(otherMember), () -> Actors.resident(resident),
                () -> Actors.resident(otherFacilitator, Role.FACILITATOR), Actors::visitor)) {
            actor.run();
            assertThatThrownBy(() -> facilitation.putProposalToVote(first)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> facilitation.declineProposal(first, "Hors du sujet de la question."))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> facilitation.proposeMerge(process.draft(), List.of(first, second),
                    "Un accueil commun", "Un guichet et un livret pour accueillir.")).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(administrator, Role.ADMINISTRATOR);
        facilitation.declineProposal(second, "Déjà prévu par le budget de l'an prochain.");
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(facilitation.putProposalToVote(first)).isPositive();
        assertThat(states()).containsExactly(ProposalState.VOTED, ProposalState.DECLINED);
    }

    @Test
    void put_to_the_vote_it_is_a_recommendation_decided_by_the_secret_ballot_and_the_80_percent_rule() {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        Actors.resident(process.member(2));
        proposals.supportProposal(proposal);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertRefused(() -> facilitation.putProposalToVote(proposal), "drafts.error.notDeliberating");
        inDeliberation();
        Actors.resident(facilitator, Role.FACILITATOR);
        long recommendation = facilitation.putProposalToVote(proposal);
        assertRefused(() -> facilitation.putProposalToVote(proposal), "drafts.error.proposalDecided");
        Actors.resident(process.member(2));
        assertRefused(() -> proposals.withdrawProposalSupport(proposal), "drafts.error.proposalDecided");

        RecommendationDetails voted = recommendations.recommendationsOf(process.draft()).getFirst();
        assertThat(voted.id()).isEqualTo(recommendation);
        assertThat(voted.state()).isEqualTo(RecommendationState.VOTING);
        assertThat(voted.body()).isEqualTo("Un guichet unique d'accueil\n\nLa mairie ouvre un guichet unique pour les nouveaux.");
        assertThat(proposals.proposalsOf(process.draft()).getFirst().recommendationPosition()).isEqualTo(1);
        for (int member = 1; member <= 5; member++) {
            Actors.resident(process.member(member));
            recommendations.voteRecommendation(recommendation, member <= 4 ? Choice.FOR : Choice.AGAINST);
        }
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(recommendations.closeRecommendationVote(recommendation)).as("4 of 5 is 80 %").isTrue();
        assertThat(recommendations.verifyBallots(process.draft()).consistent()).isTrue();
        assertThat(actions("RECOMMENDATION", recommendation)).containsExactly("RECOMMENDATION_ADDED",
                "RECOMMENDATION_VOTE_OPENED", "RECOMMENDATION_VOTE_CLOSED");
        assertThat(actions("PROPOSAL", proposal))
                .containsExactly("PROPOSAL_PUT_TO_VOTE");

        delivered.await();
        Actors.resident(process.member(5));
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .contains(NotificationKind.PROPOSAL_PUT_TO_VOTE);
    }

    @Test
    void a_merge_takes_effect_when_every_author_agreed_and_supports_carry_over_once() {
        long guichet = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        long bureau = propose(2, "Un bureau d'accueil en mairie", "Un bureau accueille les nouveaux habitants en mairie.");
        support(3, guichet);
        support(3, bureau);
        support(4, guichet);
        support(2, guichet);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertRefused(() -> facilitation.proposeMerge(process.draft(), List.of(guichet), "Un accueil unique",
                "Un guichet unique accueille les nouveaux."), "drafts.error.mergeTooFew");
        long merge = facilitation.proposeMerge(process.draft(), List.of(guichet, bureau), "Un accueil unique en mairie",
                "Un guichet unique accueille les nouveaux habitants en mairie.");
        assertRefused(() -> facilitation.putProposalToVote(guichet), "drafts.error.proposalInMerge");
        assertRefused(() -> facilitation.declineProposal(bureau, "Doublon d'une autre proposition."),
                "drafts.error.proposalInMerge");
        Actors.resident(process.member(3));
        assertThatThrownBy(() -> proposals.answerMerge(merge, true)).as("a supporter is no author")
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(otherMember);
        assertThatThrownBy(() -> proposals.answerMerge(merge, true)).isInstanceOf(AccessDeniedException.class);

        Actors.resident(process.member(1));
        proposals.answerMerge(merge, true);
        MergeDetails waiting = proposals.pendingMergesOf(process.draft()).getFirst();
        assertThat(waiting.agreed()).isEqualTo(1);
        assertThat(waiting.authors()).isEqualTo(2);
        assertThat(waiting.awaitingMe()).isFalse();
        assertThat(states()).containsExactly(ProposalState.OPEN, ProposalState.OPEN);
        Actors.resident(process.member(2));
        assertThat(proposals.pendingMergesOf(process.draft()).getFirst().awaitingMe()).isTrue();
        proposals.answerMerge(merge, true);

        List<ProposalDetails> after = proposals.proposalsOf(process.draft());
        assertThat(after).extracting(ProposalDetails::state)
                .containsExactly(ProposalState.MERGED, ProposalState.MERGED, ProposalState.OPEN);
        ProposalDetails merged = after.getLast();
        assertThat(merged.title()).isEqualTo("Un accueil unique en mairie");
        assertThat(merged.authorNames()).containsExactlyInAnyOrder("member-1", "member-2");
        assertThat(merged.supportCount()).as("member-3 once, member-4; member-2 is now an author").isEqualTo(2);
        assertThat(after.getFirst().mergedIntoTitle()).isEqualTo("Un accueil unique en mairie");
        assertThat(proposals.pendingMergesOf(process.draft())).isEmpty();
        assertRefused(() -> proposals.answerMerge(merge, false), "drafts.error.mergeDecided");
        Actors.resident(process.member(3));
        assertThat(proposals.proposalsOf(process.draft()).getLast().supportedByMe()).isTrue();
        assertRefused(() -> proposals.supportProposal(guichet), "drafts.error.proposalDecided");
        assertThat(actions("DRAFT", process.draft()))
                .contains("PROPOSAL_MERGE_PROPOSED");

        delivered.await();
        Actors.resident(process.member(4));
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.PROPOSAL_MERGED);
        Actors.resident(process.member(2));
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .containsExactlyInAnyOrder(NotificationKind.PROPOSAL_MERGED, NotificationKind.PROPOSAL_MERGE_ASKED);
    }

    @Test
    void one_author_refusing_ends_the_merge_and_the_facilitator_may_cancel_one() {
        long guichet = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        long bureau = propose(2, "Un bureau d'accueil en mairie", "Un bureau accueille les nouveaux habitants en mairie.");
        Actors.resident(facilitator, Role.FACILITATOR);
        long refused = facilitation.proposeMerge(process.draft(), List.of(guichet, bureau), "Un accueil unique",
                "Un guichet unique accueille les nouveaux.");
        Actors.resident(process.member(1));
        proposals.answerMerge(refused, true);
        Actors.resident(process.member(2));
        proposals.answerMerge(refused, false);
        assertThat(proposals.pendingMergesOf(process.draft())).isEmpty();
        assertThat(states()).containsExactly(ProposalState.OPEN, ProposalState.OPEN);

        Actors.resident(facilitator, Role.FACILITATOR);
        long cancelled = facilitation.proposeMerge(process.draft(), List.of(guichet, bureau), "Un accueil unique",
                "Un guichet unique accueille les nouveaux.");
        Actors.resident(otherFacilitator, Role.FACILITATOR);
        assertThatThrownBy(() -> facilitation.cancelMerge(cancelled)).isInstanceOf(AccessDeniedException.class);
        Actors.resident(facilitator, Role.FACILITATOR);
        facilitation.cancelMerge(cancelled);
        assertRefused(() -> facilitation.cancelMerge(cancelled), "drafts.error.mergeDecided");
        Actors.resident(process.member(1));
        assertRefused(() -> proposals.answerMerge(cancelled, true), "drafts.error.mergeDecided");
        assertThat(states()).containsExactly(ProposalState.OPEN, ProposalState.OPEN);
        assertThat(actions("DRAFT", process.draft()))
                .contains("PROPOSAL_MERGE_CANCELLED");
    }

    @Test
    void a_declined_proposal_shows_the_reason_and_takes_no_more_support() {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        support(2, proposal);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertRefused(() -> facilitation.declineProposal(proposal, "Non."), "drafts.error.declineReason");
        facilitation.declineProposal(proposal, "La mairie a ouvert ce guichet le mois dernier.");
        Actors.resident(process.member(3));
        ProposalDetails seen = proposals.proposalsOf(process.draft()).getFirst();
        assertThat(seen.state()).isEqualTo(ProposalState.DECLINED);
        assertThat(seen.declineReason()).isEqualTo("La mairie a ouvert ce guichet le mois dernier.");
        assertRefused(() -> proposals.supportProposal(proposal), "drafts.error.proposalDecided");
        assertThat(actions("PROPOSAL", proposal))
                .containsExactly("PROPOSAL_DECLINED");
        delivered.await();
        Actors.resident(process.member(2));
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.PROPOSAL_DECLINED);
    }

    @Test
    void only_its_author_withdraws_a_proposal_before_it_is_decided_and_its_supporters_hear_it() {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        support(2, proposal);
        for (Runnable actor : List.<Runnable>of(() -> Actors.resident(process.member(2)),
                () -> Actors.resident(process.member(3)), () -> Actors.resident(otherMember),
                () -> Actors.resident(resident), () -> Actors.resident(facilitator, Role.FACILITATOR),
                () -> Actors.resident(otherFacilitator, Role.FACILITATOR),
                () -> Actors.resident(administrator, Role.ADMINISTRATOR), Actors::visitor)) {
            actor.run();
            assertThatThrownBy(() -> proposals.withdrawProposal(proposal)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(states()).containsExactly(ProposalState.OPEN);

        Actors.resident(process.member(1));
        proposals.withdrawProposal(proposal);
        assertThat(states()).containsExactly(ProposalState.WITHDRAWN);
        assertRefused(() -> proposals.withdrawProposal(proposal), "drafts.error.proposalDecided");
        assertRefused(() -> proposals.editProposal(proposal, "Un autre titre", "Un autre texte de recommandation."),
                "drafts.error.proposalDecided");
        Actors.resident(process.member(3));
        assertRefused(() -> proposals.supportProposal(proposal), "drafts.error.proposalDecided");
        Actors.resident(facilitator, Role.FACILITATOR);
        assertRefused(() -> facilitation.declineProposal(proposal, "Hors du sujet de la question."),
                "drafts.error.proposalDecided");
        assertThat(actions("PROPOSAL", proposal)).as("an author's own action is no staff action").isEmpty();

        delivered.await();
        Actors.resident(process.member(2));
        assertThat(notifications.myNotifications(10)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.PROPOSAL_WITHDRAWN);
        Actors.resident(process.member(1));
        assertThat(notifications.myNotifications(10)).as("the author knows").isEmpty();
    }

    @Test
    void a_proposal_put_to_the_vote_waiting_for_a_merge_or_written_by_several_cannot_be_withdrawn_by_one() {
        inDeliberation();
        long voted = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        long livret = propose(1, "Un livret d'accueil traduit", "Un livret d'accueil traduit en cinq langues.");
        long bureau = propose(2, "Un bureau d'accueil en mairie", "Un bureau accueille les nouveaux habitants en mairie.");
        Actors.resident(facilitator, Role.FACILITATOR);
        facilitation.putProposalToVote(voted);
        long merge = facilitation.proposeMerge(process.draft(), List.of(livret, bureau), "Un accueil unique en mairie",
                "Un guichet et un livret accueillent les nouveaux en mairie.");
        Actors.resident(process.member(1));
        assertRefused(() -> proposals.withdrawProposal(voted), "drafts.error.proposalDecided");
        assertRefused(() -> proposals.withdrawProposal(livret), "drafts.error.proposalInMerge");
        assertRefused(() -> proposals.editProposal(livret, "Un livret traduit", "Un livret traduit en six langues."),
                "drafts.error.proposalInMerge");
        proposals.answerMerge(merge, true);
        Actors.resident(process.member(2));
        proposals.answerMerge(merge, true);
        long merged = proposals.proposalsOf(process.draft()).getLast().id();
        assertThat(proposals.proposalsOf(process.draft()).getLast().mineAlone()).isFalse();
        assertRefused(() -> proposals.withdrawProposal(merged), "drafts.error.proposalSeveralAuthors");
        assertRefused(() -> proposals.editProposal(merged, "Un accueil commun", "Un accueil commun en mairie."),
                "drafts.error.proposalSeveralAuthors");
        assertThat(states()).containsExactly(ProposalState.VOTED, ProposalState.MERGED, ProposalState.MERGED,
                ProposalState.OPEN);
    }

    @Test
    void only_its_author_rewords_a_proposal_and_only_while_no_other_member_supports_it() {
        long proposal = propose(1, "Un guichet unique d'accueil", "La mairie ouvre un guichet unique pour les nouveaux.");
        for (Runnable actor : List.<Runnable>of(() -> Actors.resident(process.member(2)),
                () -> Actors.resident(otherMember), () -> Actors.resident(resident),
                () -> Actors.resident(facilitator, Role.FACILITATOR),
                () -> Actors.resident(administrator, Role.ADMINISTRATOR), Actors::visitor)) {
            actor.run();
            assertThatThrownBy(() -> proposals.editProposal(proposal, "Un autre titre", "Un autre texte de recommandation."))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(process.member(1));
        assertThat(proposals.proposalsOf(process.draft()).getFirst().mineAlone()).isTrue();
        assertRefused(() -> proposals.editProposal(proposal, "Abc", "Un texte assez long."), "drafts.error.proposalTitle");
        proposals.editProposal(proposal, "Un guichet unique en mairie", "Un guichet unique en mairie pour les nouveaux.");
        ProposalDetails seen = proposals.proposalsOf(process.draft()).getFirst();
        assertThat(seen.title()).isEqualTo("Un guichet unique en mairie");
        assertThat(seen.body()).isEqualTo("Un guichet unique en mairie pour les nouveaux.");

        support(2, proposal);
        Actors.resident(process.member(1));
        assertRefused(() -> proposals.editProposal(proposal, "Un guichet pour tous", "Un guichet unique pour tous."),
                "drafts.error.proposalSupported");
        assertThat(proposals.proposalsOf(process.draft()).getFirst().title()).as("what member-2 supported")
                .isEqualTo("Un guichet unique en mairie");
        Actors.resident(process.member(2));
        proposals.withdrawProposalSupport(proposal);
        Actors.resident(process.member(1));
        proposals.editProposal(proposal, "Un guichet pour tous", "Un guichet unique pour tous.");
        assertThat(proposals.proposalsOf(process.draft()).getFirst().title()).isEqualTo("Un guichet pour tous");
        assertThat(actions("PROPOSAL", proposal)).isEmpty();
    }

    @Test
    void a_closed_process_takes_no_new_proposal() {
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        long duringConsultation = propose(1, "Un guichet unique d'accueil", "Un guichet unique pour les nouveaux.");
        assertThat(duringConsultation).as("consultation comments inspire proposals").isPositive();
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.DELIBERATION);
        drafts.advancePhase(process.draft(), DraftPhase.CLOSED);
        Actors.resident(process.member(2));
        assertRefused(() -> proposals.proposeRecommendation(process.draft(), "Un livret d'accueil",
                "Un livret traduit en cinq langues."), "drafts.error.proposalsClosed");
        assertRefused(() -> proposals.supportProposal(duringConsultation), "drafts.error.proposalsClosed");
    }

    private void inDeliberation() {
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        drafts.advancePhase(process.draft(), DraftPhase.DELIBERATION);
        Actors.clear();
    }

    private long propose(int member, String title, String text) {
        Actors.resident(process.member(member));
        return proposals.proposeRecommendation(process.draft(), title, text);
    }

    private void support(int member, long proposal) {
        Actors.resident(process.member(member));
        proposals.supportProposal(proposal);
    }

    private List<ProposalState> states() {
        Actors.resident(process.member(1));
        return proposals.proposalsOf(process.draft()).stream().map(ProposalDetails::state).toList();
    }

    private List<String> actions(String targetType, long targetId) {
        return jdbc.queryForList("select action from audit_entry where target_type = ? and target_id = ? order by seq",
                String.class, targetType, targetId);
    }
}
