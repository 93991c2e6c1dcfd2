package fr.sensiblecity.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The thresholds in exact integer arithmetic, at their edges, under each base. */
class VoteRuleTest {

    static final VoteRule EIGHTY_OF_CAST = new VoteRule(80, VoteBase.CAST, false);
    static final VoteRule EIGHTY_OF_MEMBERS = new VoteRule(80, VoteBase.MEMBERS, false);
    static final VoteRule MAJORITY = new VoteRule(50, VoteBase.CAST, true);

    @Test
    void exactly_80_percent_passes_and_just_under_does_not() {
        assertThat(EIGHTY_OF_CAST.passes(new Tally(8, 2, 0, 10))).isTrue();
        assertThat(EIGHTY_OF_CAST.passes(new Tally(4, 1, 0, 5))).isTrue();
        assertThat(EIGHTY_OF_CAST.passes(new Tally(7, 2, 0, 9))).as("77.8%").isFalse();
        assertThat(EIGHTY_OF_CAST.passes(new Tally(399, 101, 0, 500))).as("79.8%").isFalse();
        assertThat(EIGHTY_OF_CAST.passes(new Tally(400, 100, 0, 500))).isTrue();
        assertThat(new VoteRule(67, VoteBase.CAST, false).passes(new Tally(2, 1, 0, 3))).as("66.67% < 67%").isFalse();
    }

    @Test
    void abstentions_are_not_votes_cast_but_count_against_under_the_members_base() {
        Tally withAbstentions = new Tally(8, 2, 3, 13);
        assertThat(EIGHTY_OF_CAST.passes(withAbstentions)).as("8 of 10 cast").isTrue();
        assertThat(EIGHTY_OF_MEMBERS.passes(withAbstentions)).as("8 of 13 members").isFalse();
        assertThat(EIGHTY_OF_MEMBERS.passes(new Tally(8, 0, 0, 10))).as("8 of 10 members, 2 silent").isTrue();
        assertThat(EIGHTY_OF_MEMBERS.passes(new Tally(8, 0, 1, 11))).as("8 of 11 members").isFalse();
        assertThat(EIGHTY_OF_CAST.passes(new Tally(0, 0, 5, 5))).as("only abstentions: nothing cast").isFalse();
    }

    @Test
    void a_majority_needs_more_than_half_so_a_tie_fails() {
        assertThat(MAJORITY.passes(new Tally(5, 5, 0, 10))).isFalse();
        assertThat(MAJORITY.passes(new Tally(6, 5, 9, 20))).isTrue();
        assertThat(MAJORITY.passes(new Tally(0, 0, 0, 20))).isFalse();
    }
}
