package fr.sensiblecity.drafts;

import static fr.sensiblecity.drafts.AmendmentServiceTest.assertRefused;
import static fr.sensiblecity.drafts.AmendmentServiceTest.runAll;
import static fr.sensiblecity.drafts.AmendmentServiceTest.succeeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Recommendations: secret ballots, the 80% rule on real counts, the authority's answer, and the recount. */
@MariaDbTest
class RecommendationServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    long facilitator;
    DraftFixtures.Process process;

    @BeforeEach
    void tenMembersInFinalDeliberation() {
        database.wipe();
        facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 10);
        Actors.resident(facilitator, Role.FACILITATOR);
        drafts.advancePhase(process.draft(), DraftPhase.CONSULTATION);
        drafts.advancePhase(process.draft(), DraftPhase.DELIBERATION);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void eight_for_out_of_ten_cast_is_exactly_80_percent_and_binds() {
        long recommendation = votedWith(8, 2, 0);
        assertThat(closeAndRead(recommendation).adopted()).isTrue();
    }

    @Test
    void seven_for_out_of_nine_cast_is_just_under_and_does_not_bind() {
        long recommendation = votedWith(7, 2, 1);
        RecommendationDetails result = closeAndRead(recommendation);
        assertThat(result.adopted()).isFalse();
        assertThat(result.tally()).isEqualTo(new Tally(7, 2, 1, 10));
    }

    @Test
    void abstentions_leave_votes_cast_alone_but_weigh_against_under_the_members_base() {
        long underCast = votedWith(4, 1, 5);
        assertThat(closeAndRead(underCast).adopted()).as("4 of 5 cast").isTrue();

        jdbc.update("update draft set recommend_base = 'MEMBERS' where id = ?", process.draft());
        long underMembers = votedWith(8, 0, 2);
        assertThat(closeAndRead(underMembers).adopted()).as("8 of 10 members").isTrue();
        long justUnderMembers = votedWith(7, 0, 3);
        assertThat(closeAndRead(justUnderMembers).adopted()).as("7 of 10 members").isFalse();
    }

    @Test
    void nobody_sees_the_count_before_closing_and_a_closed_vote_cannot_change() {
        long recommendation = proposeAndOpen("Créer un guichet unique d'accueil en mairie.");
        vote(recommendation, process.member(1), Choice.FOR);
        vote(recommendation, process.member(2), Choice.AGAINST);
        Actors.resident(process.member(1));
        RecommendationDetails running = recommendations.recommendationsOf(process.draft()).getFirst();
        assertThat(running.tally()).isNull();
        assertThat(running.adopted()).isNull();
        assertThat(running.turnout()).isEqualTo(2);
        assertThat(running.votedByMe()).as("that one voted shows, never how").isTrue();
        Actors.resident(process.member(3));
        assertThat(recommendations.recommendationsOf(process.draft()).getFirst().votedByMe()).isFalse();
        Actors.resident(process.member(1));
        assertRefused(() -> recommendations.voteRecommendation(recommendation, Choice.AGAINST), "drafts.error.alreadyVoted");

        Actors.resident(facilitator, Role.FACILITATOR);
        recommendations.closeRecommendationVote(recommendation);
        assertRefused(() -> recommendations.closeRecommendationVote(recommendation), "drafts.error.voteClosed");
        Actors.resident(process.member(3));
        assertRefused(() -> recommendations.voteRecommendation(recommendation, Choice.FOR), "drafts.error.voteClosed");
        assertThat(recommendations.recommendationsOf(process.draft()).getFirst().tally()).isEqualTo(new Tally(1, 1, 0, 10));
    }

    @Test
    void facilitators_and_non_members_cannot_vote() {
        long recommendation = proposeAndOpen("Traduire les documents d'accueil en cinq langues.");
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.FOR))
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(fixtures.resident("outsider"));
        assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.FOR))
                .isInstanceOf(AccessDeniedException.class);
        Actors.visitor();
        assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.FOR))
                .isInstanceOf(AccessDeniedException.class);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(recommendations.verifyBallots(process.draft()).ballots()).isZero();
    }

    @Test
    void concurrent_ballots_from_every_member_twice_count_once_each_and_the_chain_holds() throws Exception {
        long recommendation = proposeAndOpen("Ouvrir une maison des associations d'accueil.");
        List<Callable<Boolean>> ballots = new ArrayList<>();
        for (long member : process.members()) {
            for (Choice choice : List.of(Choice.FOR, Choice.AGAINST)) {
                ballots.add(() -> succeeds(() -> {
                    Actors.resident(member);
                    recommendations.voteRecommendation(recommendation, choice);
                }));
            }
        }
        assertThat(runAll(ballots)).filteredOn(Boolean::booleanValue).hasSize(10);
        RecommendationDetails result = closeAndRead(recommendation);
        assertThat(result.tally().cast()).isEqualTo(10);
        BallotCheck check = recommendations.verifyBallots(process.draft());
        assertThat(check.consistent()).isTrue();
        assertThat(check.ballots()).isEqualTo(10);
        assertThat(check.recounts()).singleElement().satisfies(recount -> assertThat(recount.matches()).isTrue());
    }

    @Test
    void the_recount_notices_a_ballot_changed_behind_the_platforms_back() {
        long recommendation = votedWith(8, 2, 0);
        closeAndRead(recommendation);
        Actors.visitor();
        assertThat(recommendations.verifyBallots(process.draft()).consistent()).isTrue();
        jdbc.update("update ballot_box set choice = 'FOR' where choice = 'AGAINST' and subject_id = ? limit 1", recommendation);
        BallotCheck tampered = recommendations.verifyBallots(process.draft());
        assertThat(tampered.chainIntact()).isFalse();
        assertThat(tampered.recounts().getFirst().matches()).isFalse();
        assertThat(tampered.consistent()).isFalse();
    }

    @Test
    void the_authority_answers_only_a_closed_vote_and_its_answer_is_public() {
        long recommendation = proposeAndOpen("Créer un guichet unique d'accueil en mairie.");
        Actors.resident(facilitator, Role.FACILITATOR);
        assertRefused(() -> recommendations.answerRecommendation(recommendation, Answer.ACCEPTED, "Nous le ferons en 2027.",
                Implementation.NOT_STARTED), "drafts.error.notYetVoted");
        recommendations.closeRecommendationVote(recommendation);
        Actors.resident(process.member(1));
        assertThatThrownBy(() -> recommendations.answerRecommendation(recommendation, Answer.ACCEPTED,
                "Nous le ferons en 2027.", Implementation.NOT_STARTED)).isInstanceOf(AccessDeniedException.class);
        Actors.system();
        recommendations.answerRecommendation(recommendation, Answer.PARTLY, "Un guichet, mais dans l'annexe.",
                Implementation.IN_PROGRESS);
        drafts.advancePhase(process.draft(), DraftPhase.CLOSED);
        Actors.visitor();
        RecommendationDetails answered = recommendations.recommendationsOf(process.draft()).getFirst();
        assertThat(answered.answer()).isEqualTo(Answer.PARTLY);
        assertThat(answered.implementation()).isEqualTo(Implementation.IN_PROGRESS);
        assertThat(answered.answerReasons()).isEqualTo("Un guichet, mais dans l'annexe.");
        assertThat(audit.newestFirst(0, 3)).extracting(AuditEntry::action,
                entry -> AuditDetails.decode(entry.reason()).orElseThrow().stream().map(AuditDetails.Part::value).toList())
                .containsExactly(tuple("DRAFT_PHASE", List.of(DraftPhase.CLOSED.labelKey())),
                        tuple("RECOMMENDATION_ANSWERED", List.of(Answer.PARTLY.labelKey(),
                                Implementation.IN_PROGRESS.labelKey())),
                        tuple("RECOMMENDATION_VOTE_CLOSED", List.of("audit.value.notAdopted", "0", "0", "0", "10")));
        assertThat(audit.verify()).isTrue();
    }

    private long votedWith(int forVotes, int against, int abstain) {
        long recommendation = proposeAndOpen("Recommandation votée " + forVotes + "-" + against + "-" + abstain + ".");
        int member = 1;
        for (int i = 0; i < forVotes; i++) {
            vote(recommendation, process.member(member++), Choice.FOR);
        }
        for (int i = 0; i < against; i++) {
            vote(recommendation, process.member(member++), Choice.AGAINST);
        }
        for (int i = 0; i < abstain; i++) {
            vote(recommendation, process.member(member++), Choice.ABSTAIN);
        }
        return recommendation;
    }

    private long proposeAndOpen(String text) {
        Actors.resident(facilitator, Role.FACILITATOR);
        long recommendation = recommendations.addRecommendation(process.draft(), text);
        recommendations.openRecommendationVote(recommendation);
        return recommendation;
    }

    private RecommendationDetails closeAndRead(long recommendation) {
        Actors.resident(facilitator, Role.FACILITATOR);
        recommendations.closeRecommendationVote(recommendation);
        Actors.visitor();
        return recommendations.recommendationsOf(process.draft()).stream()
                .filter(each -> each.id() == recommendation).findFirst().orElseThrow();
    }

    private void vote(long recommendation, long member, Choice choice) {
        Actors.resident(member);
        recommendations.voteRecommendation(recommendation, choice);
    }
}
