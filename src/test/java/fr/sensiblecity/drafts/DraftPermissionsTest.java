package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what, action by action and role by role, checked on the services (the pages only hide what these
 * refuse). An action counts as permitted when it is not refused for lack of rights; it may still be refused for
 * the state things are in, which other tests cover.
 */
@MariaDbTest
class DraftPermissionsTest {

    enum Who { VISITOR, RESIDENT, MEMBER, FACILITATOR, ADMINISTRATOR }

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    ConsultationService consultation;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    DraftFixtures.Process process;
    Map<Who, Runnable> signIn = new LinkedHashMap<>();
    long open;
    long voting;

    @BeforeEach
    void aDraftWithAnOpenAmendmentAndOneBeingVoted() {
        database.wipe();
        long facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 3);
        long outsider = fixtures.resident("outsider");
        long administrator = fixtures.resident("administrator");
        signIn.put(Who.VISITOR, Actors::visitor);
        signIn.put(Who.RESIDENT, () -> Actors.resident(outsider));
        signIn.put(Who.MEMBER, () -> Actors.resident(process.member(2)));
        signIn.put(Who.FACILITATOR, () -> Actors.resident(facilitator, Role.FACILITATOR));
        signIn.put(Who.ADMINISTRATOR, () -> Actors.resident(administrator, Role.ADMINISTRATOR));
        Actors.resident(process.member(1));
        open = amendments.proposeAmendment(process.mobility(), "Une navette électrique.", "Moins de bruit.");
        voting = amendments.proposeAmendment(process.housing(), "Un recensement annuel.", "Chaque année.");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(voting);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void while_writing_participants_amend_and_vote_and_staff_run_the_process_without_taking_part() {
        assertPermitted("read the working draft", id -> drafts.findDraft(process.draft()),
                Who.MEMBER, Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("propose an amendment", id -> amendments.proposeAmendment(process.mobility(),
                "Un autre texte " + System.nanoTime(), "Un autre motif."), Who.MEMBER);
        assertPermitted("support an amendment", id -> amendments.supportAmendment(open), Who.MEMBER);
        assertPermitted("comment an amendment", id -> amendments.commentAmendment(open, "Un avis."), Who.MEMBER);
        assertPermitted("vote an amendment", id -> amendments.voteAmendment(voting, Choice.FOR), Who.MEMBER);
        assertPermitted("rebase someone else's amendment", id -> amendments.rebaseAmendment(open, "Texte.", "Motif."));
        assertPermitted("open a vote", id -> amendments.openAmendmentVote(open), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("close a vote", id -> amendments.closeAmendmentVote(voting), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("add a section", id -> drafts.addSection(process.draft(), "Emploi " + System.nanoTime(),
                "La commune aide."), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("add a group", id -> drafts.addGroup(process.draft(), "Groupe " + System.nanoTime()),
                Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("assign a participant", id -> drafts.assignParticipant(process.draft(), process.member(3),
                "Association 9", null), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("open a draft", id -> drafts.openDraft(new DraftForm("Un autre texte", "Une question assez longue ?",
                "La mairie", null)), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("comment before the consultation", id -> consultation.commentSection(process.draft(),
                process.mobility(), null, "Trop tôt."));
    }

    @Test
    void once_published_everyone_reads_residents_comment_members_vote_and_the_authority_answers() {
        signIn.get(Who.FACILITATOR).run();
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        assertPermitted("read the published draft", id -> drafts.findDraft(process.draft()), Who.values());
        assertPermitted("comment in the consultation", id -> consultation.commentSection(process.draft(),
                process.mobility(), "Comité de quartier", "Un avis public."),
                Who.RESIDENT, Who.MEMBER, Who.FACILITATOR, Who.ADMINISTRATOR);

        signIn.get(Who.FACILITATOR).run();
        drafts.advancePhase(process.draft(), DraftPhase.DELIBERATION);
        long recommendation = recommendations.addRecommendation(process.draft(), "Une navette gratuite pour tous.");
        assertPermitted("add a recommendation", id -> recommendations.addRecommendation(process.draft(),
                "Une recommandation de plus."), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("open a recommendation's vote", id -> recommendations.openRecommendationVote(recommendation),
                Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("vote a recommendation", id -> recommendations.voteRecommendation(recommendation, Choice.FOR),
                Who.MEMBER);
        assertPermitted("close a recommendation's vote", id -> recommendations.closeRecommendationVote(recommendation),
                Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("answer for the authority", id -> recommendations.answerRecommendation(recommendation,
                Answer.ACCEPTED, "Nous la mettons en place.", Implementation.IN_PROGRESS), Who.FACILITATOR, Who.ADMINISTRATOR);
        assertPermitted("recount the ballots", id -> recommendations.verifyBallots(process.draft()), Who.values());
        assertPermitted("read the results", id -> recommendations.recommendationsOf(process.draft()), Who.values());
    }

    private void assertPermitted(String action, LongConsumer attempt, Who... allowed) {
        Map<Who, Boolean> permitted = new LinkedHashMap<>();
        for (var entry : signIn.entrySet()) {
            entry.getValue().run();
            try {
                attempt.accept(0);
                permitted.put(entry.getKey(), true);
            } catch (AccessDeniedException refused) {
                permitted.put(entry.getKey(), false);
            } catch (DomainException refusedForItsState) {
                permitted.put(entry.getKey(), true);
            }
        }
        Map<Who, Boolean> expected = new LinkedHashMap<>();
        signIn.keySet().forEach(who -> expected.put(who, List.of(allowed).contains(who)));
        assertThat(permitted).as(action).isEqualTo(expected);
    }
}
