package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Amendments from proposal to the section's next version, on MariaDB. */
@MariaDbTest
class AmendmentServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    CleanDatabase database;

    long facilitator;
    DraftFixtures.Process process;

    @BeforeEach
    void anOpenProcessWithFiveMembers() {
        database.wipe();
        facilitator = fixtures.facilitator();
        process = fixtures.openProcess(facilitator, 5);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_accepted_amendment_becomes_version_2_and_the_comparison_shows_the_changed_words() {
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.mobility(),
                "La commune crée une navette électrique vers la gare.", "Moins de bruit et de pollution.");
        Actors.resident(process.member(2));
        assertThat(amendments.supportAmendment(amendment)).isEqualTo(1);
        amendments.commentAmendment(amendment, "D'accord, et le samedi aussi ?");
        assertRefused(() -> amendments.supportAmendment(amendment), "drafts.error.alreadySupported");
        Actors.resident(process.member(1));
        assertRefused(() -> amendments.supportAmendment(amendment), "drafts.error.ownAmendment");

        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(amendment);
        vote(amendment, process.member(1), Choice.FOR);
        vote(amendment, process.member(2), Choice.FOR);
        vote(amendment, process.member(3), Choice.AGAINST);
        vote(amendment, process.member(4), Choice.ABSTAIN);
        Actors.resident(process.member(2));
        assertThat(amendments.findAmendment(amendment).tally()).as("secret while the vote runs").isNull();
        assertThat(amendments.findAmendment(amendment).turnout()).isEqualTo(4);
        assertThat(amendments.findAmendment(amendment).votedByMe()).isTrue();

        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(amendments.closeAmendmentVote(amendment)).isTrue();

        DraftDetails draft = drafts.findDraft(process.draft());
        assertThat(draft.sections().getFirst().version()).isEqualTo(2);
        assertThat(draft.sections().getFirst().text()).isEqualTo("La commune crée une navette électrique vers la gare.");
        assertThat(amendments.findAmendment(amendment).tally()).isEqualTo(new Tally(2, 1, 1, 5));
        DraftHistory history = new DraftHistory(drafts.versions(process.draft()));
        assertThat(history.versionsOf(process.mobility())).extracting(SectionVersion::number).containsExactly(1, 2);
        assertThat(history.latest()).isEqualTo(1);
        List<DiffSegment> diff = WordDiff.compare(history.at(0).get(process.mobility()).text(),
                history.at(1).get(process.mobility()).text());
        assertThat(diff).filteredOn(segment -> segment.kind() == DiffSegment.Kind.INSERTED)
                .extracting(DiffSegment::text).containsExactly("électrique ");
        assertThat(diff).noneMatch(segment -> segment.kind() == DiffSegment.Kind.DELETED);
        assertThat(recommendations.verifyBallots(process.draft()).consistent()).isTrue();
    }

    @Test
    void a_tie_rejects_the_amendment_and_the_section_keeps_its_text() {
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.housing(), "La commune rachète les logements vacants.",
                "Agir plutôt que compter.");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(amendment);
        vote(amendment, process.member(1), Choice.FOR);
        vote(amendment, process.member(2), Choice.AGAINST);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(amendments.closeAmendmentVote(amendment)).isFalse();
        assertThat(drafts.findDraft(process.draft()).sections().get(1).text()).isEqualTo(DraftFixtures.HOUSING_TEXT);
        assertThat(amendments.findAmendment(amendment).state()).isEqualTo(AmendmentState.REJECTED);
    }

    @Test
    void an_amendment_written_against_an_older_version_must_be_rebased_before_its_vote() {
        Actors.resident(process.member(1));
        long first = amendments.proposeAmendment(process.mobility(), "La commune crée deux navettes vers la gare.",
                "Une seule ne suffira pas.");
        Actors.resident(process.member(2));
        long second = amendments.proposeAmendment(process.mobility(), "La commune crée une navette vers la gare et le "
                + "marché.", "Le marché attire aussi.");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(first);
        assertRefused(() -> amendments.openAmendmentVote(second), "drafts.error.sectionBusy");
        for (int member = 1; member <= 3; member++) {
            vote(first, process.member(member), Choice.FOR);
        }
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.closeAmendmentVote(first);

        assertThat(amendments.findAmendment(second).stale()).isTrue();
        assertThat(amendments.findAmendment(second).currentText()).isEqualTo("La commune crée deux navettes vers la gare.");
        assertRefused(() -> amendments.openAmendmentVote(second), "drafts.error.stale");
        Actors.resident(process.member(4));
        long fromAnOldForm = amendments.proposeAmendment(process.mobility(), 1, "La commune crée une navette vers la "
                + "gare, le dimanche aussi.", "Écrit sur la version 1, envoyé après la version 2.");
        assertThat(amendments.findAmendment(fromAnOldForm).stale()).isTrue();
        Actors.resident(process.member(3));
        assertThatThrownBy(() -> amendments.rebaseAmendment(second, "x", "yyyyy"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Actors.resident(process.member(2));
        amendments.rebaseAmendment(second, "La commune crée deux navettes vers la gare et le marché.",
                "Le marché attire aussi.");
        assertThat(amendments.findAmendment(second).stale()).isFalse();
        assertThat(amendments.findAmendment(second).baseText()).isEqualTo("La commune crée deux navettes vers la gare.");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(second);
        assertThat(amendments.findAmendment(second).state()).isEqualTo(AmendmentState.VOTING);
    }

    @Test
    void a_vote_after_closing_and_a_second_vote_are_refused_and_change_nothing() {
        Actors.resident(process.member(1));
        long amendment = amendments.proposeAmendment(process.mobility(), "La commune étudie une navette.", "Prudence.");
        Actors.resident(process.member(2));
        assertRefused(() -> amendments.voteAmendment(amendment, Choice.FOR), "drafts.error.voteClosed");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.openAmendmentVote(amendment);
        vote(amendment, process.member(2), Choice.AGAINST);
        assertRefused(() -> amendments.voteAmendment(amendment, Choice.FOR), "drafts.error.alreadyVoted");
        Actors.resident(facilitator, Role.FACILITATOR);
        amendments.closeAmendmentVote(amendment);
        Actors.resident(process.member(3));
        assertRefused(() -> amendments.voteAmendment(amendment, Choice.FOR), "drafts.error.voteClosed");
        assertThat(amendments.findAmendment(amendment).tally()).isEqualTo(new Tally(0, 1, 0, 5));
        assertThat(recommendations.verifyBallots(process.draft()).ballots()).isEqualTo(1);
    }

    @Test
    void concurrent_votes_all_count_once_and_concurrent_vote_openings_on_one_section_let_one_through() throws Exception {
        Actors.resident(process.member(1));
        long first = amendments.proposeAmendment(process.mobility(), "Texte A pour la mobilité.", "Motif A.");
        long second = amendments.proposeAmendment(process.mobility(), "Texte B pour la mobilité.", "Motif B.");
        List<Callable<Boolean>> openings = new ArrayList<>();
        for (long amendment : List.of(first, second)) {
            openings.add(() -> succeeds(() -> {
                Actors.resident(facilitator, Role.FACILITATOR);
                amendments.openAmendmentVote(amendment);
            }));
        }
        assertThat(runAll(openings)).containsOnlyOnce(true);
        long voting = amendments.findAmendment(first).state() == AmendmentState.VOTING ? first : second;

        List<Callable<Boolean>> ballots = new ArrayList<>();
        for (long member : process.members()) {
            for (int twice = 0; twice < 2; twice++) {
                ballots.add(() -> succeeds(() -> {
                    Actors.resident(member);
                    amendments.voteAmendment(voting, Choice.FOR);
                }));
            }
        }
        assertThat(runAll(ballots)).filteredOn(Boolean::booleanValue).hasSize(5);
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(amendments.closeAmendmentVote(voting)).isTrue();
        assertThat(amendments.findAmendment(voting).tally()).isEqualTo(new Tally(5, 0, 0, 5));
        BallotCheck check = recommendations.verifyBallots(process.draft());
        assertThat(check.ballots()).isEqualTo(5);
        assertThat(check.consistent()).isTrue();
    }

    private void vote(long amendment, long member, Choice choice) {
        Actors.resident(member);
        amendments.voteAmendment(amendment, choice);
    }

    static boolean succeeds(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException | org.springframework.dao.DataAccessException refused) {
            return false;
        } finally {
            Actors.clear();
        }
    }

    static List<Boolean> runAll(List<Callable<Boolean>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        }
    }

    static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(thrown -> ((DomainException) thrown).messageKey()).isEqualTo(messageKey);
    }
}
