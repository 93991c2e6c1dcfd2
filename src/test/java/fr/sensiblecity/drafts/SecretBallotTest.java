package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whoever reads the whole database learns who voted and the totals, never how a member voted: the register of
 * voters and the ballot box share no column, the box keeps no time or order, and a receipt only its voter holds
 * finds their ballot.
 */
@MariaDbTest
class SecretBallotTest {

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
    BallotSeals seals;

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
    void two_votes_where_two_members_swapped_their_choices_leave_the_same_database() {
        long first = open("Ouvrir la médiathèque le dimanche.");
        long second = open("Ouvrir la piscine le dimanche.");
        // Same voters, same order; only how member 1 and member 2 voted differs between the two votes.
        vote(first, 1, Choice.FOR);
        vote(first, 2, Choice.AGAINST);
        vote(second, 1, Choice.AGAINST);
        vote(second, 2, Choice.FOR);

        assertThat(rowsAbout(first)).as("everything the database holds about each vote, random ids aside")
                .isEqualTo(rowsAbout(second));
        assertThat(columns("ballot_box")).as("the box names no voter, time or order")
                .containsExactlyInAnyOrder("subject_type", "subject_id", "id", "draft_id", "choice");
        assertThat(columns("ballot_register")).doesNotContain("choice").noneMatch(column -> column.contains("at"));
        assertThat(tablesHoldingAChoice()).as("a choice is written nowhere but in the ballot box")
                .containsExactly("ballot_box");
        assertThat(jdbc.queryForList("select id from ballot_box", String.class)).as("ids are random, not voters' numbers")
                .allMatch(id -> id.matches("[0-9a-f]{64}"))
                .noneMatch(id -> process.members().stream().anyMatch(member -> id.equals(Long.toString(member))));
    }

    @Test
    void the_box_does_not_keep_the_order_in_which_members_voted() {
        List<String> asCast = new ArrayList<>();
        for (int member = 1; member <= 10; member++) {
            asCast.add(member <= 5 ? "FOR" : "AGAINST");
        }
        List<List<String>> stored = new ArrayList<>();
        for (String text : List.of("Créer un conseil des jeunes.", "Créer un conseil des aînés.", "Créer un budget participatif.")) {
            long recommendation = open(text);
            for (int member = 1; member <= 10; member++) {
                vote(recommendation, member, asCast.get(member - 1).equals("FOR") ? Choice.FOR : Choice.AGAINST);
            }
            stored.add(jdbc.queryForList("select choice from ballot_box where subject_type = 'R' and subject_id = ?",
                    String.class, recommendation));
        }
        // Stored in the order of random ids: each vote falls in the voting order by chance once in 252 (five FOR
        // then five AGAINST), all three once in 16 million; a sequence or a time would always show it.
        assertThat(stored).allSatisfy(choices -> assertThat(choices).hasSize(10)).anySatisfy(choices ->
                assertThat(choices).isNotEqualTo(asCast));
    }

    @Test
    void a_second_vote_is_refused_and_the_receipt_shows_the_voter_their_ballot_and_no_one_else_theirs() {
        long recommendation = open("Installer des bancs au bourg.");
        Actors.resident(process.member(1));
        String receipt = recommendations.voteRecommendation(recommendation, Choice.ABSTAIN);
        assertThat(receipt).matches("[0-9A-F]{4}(-[0-9A-F]{4}){4}");
        assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.FOR))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("drafts.error.alreadyVoted");
        assertThat(jdbc.queryForObject("select count(*) from ballot_box", Integer.class)).isEqualTo(1);
        String other = vote(recommendation, 2, Choice.FOR);
        assertThat(other).isNotEqualTo(receipt);

        Actors.visitor();
        assertThat(recommendations.checkReceipt(process.draft(), receipt.toLowerCase(Locale.ROOT).replace("-", " ")))
                .hasValueSatisfying(found -> {
                    assertThat(found.choice()).isEqualTo(Choice.ABSTAIN);
                    assertThat(found.kind()).isEqualTo(ReceiptCheck.Kind.RECOMMENDATION);
                    assertThat(found.subjectId()).isEqualTo(recommendation);
                    assertThat(found.sealed()).isFalse();
                });
        assertThat(recommendations.checkReceipt(process.draft(), "0000-0000-0000-0000-0000")).isEmpty();
        assertThat(recommendations.checkReceipt(process.draft(), "not a receipt")).isEmpty();

        Actors.resident(facilitator, Role.FACILITATOR);
        recommendations.closeRecommendationVote(recommendation);
        assertThat(recommendations.checkReceipt(process.draft(), receipt)).hasValueSatisfying(found ->
                assertThat(found.sealed()).isTrue());
    }

    @Test
    void results_and_the_recount_hold_and_any_ballot_changed_added_or_removed_after_closing_is_noticed() {
        long recommendation = open("Refaire le parvis de l'école.");
        for (int member = 1; member <= 9; member++) {
            vote(recommendation, member, member <= 7 ? Choice.FOR : Choice.AGAINST);
        }
        Actors.resident(facilitator, Role.FACILITATOR);
        assertThat(recommendations.closeRecommendationVote(recommendation)).as("7 of 9 is under 80%").isFalse();
        Actors.visitor();
        assertThat(recommendations.recommendationsOf(process.draft()).getFirst().tally()).isEqualTo(new Tally(7, 2, 0, 10));
        BallotCheck sound = recommendations.verifyBallots(process.draft());
        assertThat(sound.consistent()).isTrue();
        assertThat(sound.ballots()).isEqualTo(9);
        assertThat(sound.head()).isNotEmpty();

        jdbc.update("insert into ballot_box (subject_type, subject_id, id, draft_id, choice) values ('R', ?, 'stuffed', ?, "
                + "'FOR')", recommendation, process.draft());
        BallotCheck stuffed = recommendations.verifyBallots(process.draft());
        assertThat(stuffed.chainIntact()).isFalse();
        assertThat(stuffed.oneVoteEach()).as("more ballots than voters").isFalse();
        jdbc.update("delete from ballot_box where id = 'stuffed'");
        assertThat(recommendations.verifyBallots(process.draft()).consistent()).isTrue();
    }

    @Test
    void votes_closed_before_sealing_existed_are_sealed_at_start_up() {
        long recommendation = open("Planter des arbres rue haute.");
        vote(recommendation, 1, Choice.FOR);
        vote(recommendation, 2, Choice.FOR);
        Actors.resident(facilitator, Role.FACILITATOR);
        recommendations.closeRecommendationVote(recommendation);
        // As V53 left a vote closed before this version: no seal, the draft's chain empty.
        jdbc.update("delete from ballot_seal");
        jdbc.update("update draft set chain_seq = 0, chain_head = '' where id = ?", process.draft());
        Actors.visitor();
        assertThat(recommendations.verifyBallots(process.draft()).chainIntact()).as("nothing sealed, nothing to break")
                .isTrue();

        seals.run(null);
        seals.run(null);

        assertThat(jdbc.queryForObject("select count(*) from ballot_seal", Integer.class)).isEqualTo(1);
        BallotCheck check = recommendations.verifyBallots(process.draft());
        assertThat(check.consistent()).isTrue();
        assertThat(check.head()).isNotEmpty();
    }

    @Test
    void only_members_vote_and_anyone_who_may_read_the_results_may_check_a_receipt() {
        long recommendation = open("Un marché de producteurs le samedi.");
        String receipt = vote(recommendation, 1, Choice.FOR);
        for (Runnable outsider : List.<Runnable>of(Actors::visitor, () -> Actors.resident(facilitator, Role.FACILITATOR),
                () -> Actors.resident(facilitator, Role.ADMINISTRATOR))) {
            outsider.run();
            assertThatThrownBy(() -> recommendations.voteRecommendation(recommendation, Choice.AGAINST))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(process.member(2));
        assertThat(recommendations.checkReceipt(process.draft(), receipt)).isPresent();
    }

    private long open(String text) {
        Actors.resident(facilitator, Role.FACILITATOR);
        long recommendation = recommendations.addRecommendation(process.draft(), text);
        recommendations.openRecommendationVote(recommendation);
        return recommendation;
    }

    private String vote(long recommendation, int member, Choice choice) {
        Actors.resident(process.member(member));
        return recommendations.voteRecommendation(recommendation, choice);
    }

    /** Every row of the ballot tables about one subject, its id and the random ballot ids left out, as a multiset. */
    private Map<String, Long> rowsAbout(long subject) {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("ballot_register", "ballot_box", "ballot_seal")) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " where subject_id = ?", subject)) {
                Map<String, Object> kept = new HashMap<>(row);
                kept.keySet().removeIf(column -> column.equalsIgnoreCase("subject_id") || column.equalsIgnoreCase("id"));
                rows.add(table + new java.util.TreeMap<>(kept));
            }
        }
        return rows.stream().collect(Collectors.groupingBy(row -> row, Collectors.counting()));
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where table_schema = database() "
                + "and lower(table_name) = ?", String.class, table);
    }

    /** Tables with a text column holding a choice's name as a whole value. */
    private List<String> tablesHoldingAChoice() {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> textColumns = jdbc.queryForList("select table_name t, column_name c "
                + "from information_schema.columns where table_schema = database() and lower(data_type) in ('varchar', "
                + "'char', 'text', 'longtext', 'mediumtext')");
        for (Map<String, Object> column : textColumns) {
            String table = (String) column.get("t");
            Integer hits = jdbc.queryForObject("select count(*) from `" + table + "` where `" + column.get("c")
                    + "` in ('FOR', 'AGAINST', 'ABSTAIN')", Integer.class);
            if (hits != null && hits > 0 && !found.contains(table.toLowerCase(Locale.ROOT))) {
                found.add(table.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
