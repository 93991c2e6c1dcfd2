package fr.sensiblecity.panels.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplacementRoundTest {

    @Test
    void replacements_are_drawn_the_same_way_and_the_whole_panel_still_meets_every_quota() {
        Pool pool = Pools.census(3, 150, 15);
        DrawResult first = Sortition.draw(Sortition.lottery(Sortition.fairDistribution(pool, 15)), "first draw");
        Set<String> declined = Set.of(first.selectedIds().get(0), first.selectedIds().get(5),
                first.selectedIds().get(9));
        Set<String> accepted = new HashSet<>(first.selectedIds());
        accepted.removeAll(declined);

        ReplacementRound round = Sortition.replacementRound(pool, 15, accepted, declined);
        DrawResult replacements = Sortition.draw(
                Sortition.lottery(Sortition.fairDistribution(round.pool(), round.seats())), "replacement draw");

        assertThat(round.seats()).isEqualTo(3);
        assertThat(round.pool().size()).isEqualTo(150 - 15);
        assertThat(replacements.selectedIds()).hasSize(3).doesNotContainAnyElementsOf(first.selectedIds());
        List<String> panel = new ArrayList<>(accepted);
        panel.addAll(replacements.selectedIds());
        assertThat(Pools.meetsEveryQuota(pool, panel)).isTrue();
    }

    @Test
    void each_quota_shrinks_by_the_accepted_members_who_have_its_feature() {
        Pool pool = Pools.rareOlderMen();

        ReplacementRound round = Sortition.replacementRound(pool, 3, Set.of("w1", "y1"), Set.of("o1"));

        assertThat(round.seats()).isEqualTo(1);
        assertThat(round.pool().quotas()).containsExactly(Quota.of("gender", "female", 0, 0),
                Quota.of("gender", "male", 0, 1), Quota.of("age", "under 40", 0, 1), Quota.of("age", "40 and over", 0, 1));
        assertThat(round.pool().respondents()).extracting(Respondent::id).doesNotContain("w1", "y1", "o1");
        // One of the 6 young men left or the other older man joins: 1 in 7 each; no woman can.
        PanelDistribution distribution = Sortition.fairDistribution(round.pool(), 1);
        assertThat(distribution.probabilityOf("w2")).isZero();
        assertThat(distribution.probabilityOf("o2")).isCloseTo(1.0 / 7, within(Pools.TOLERANCE));
        assertThat(distribution.probabilityOf("y2")).isCloseTo(1.0 / 7, within(Pools.TOLERANCE));
    }

    @Test
    void an_accepted_member_who_is_not_in_the_pool_is_refused() {
        assertThatThrownBy(() -> Sortition.replacementRound(Pools.rareOlderMen(), 3, Set.of("nobody"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }
}
