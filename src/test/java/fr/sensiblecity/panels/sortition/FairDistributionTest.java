package fr.sensiblecity.panels.sortition;

import static fr.sensiblecity.panels.sortition.Pools.TOLERANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FairDistributionTest {

    @Test
    void maximin_gives_the_rare_older_men_the_hand_computed_chance_where_the_greedy_method_gives_them_none() {
        Pool pool = Pools.rareOlderMen();

        PanelDistribution maximin = Sortition.fairDistribution(pool, 3, Fairness.MAXIMIN);
        Map<String, Double> greedy = LegacyGreedy.empiricalProbabilities(pool, 3, 3_000, 1);

        assertThat(maximin.minimumProbability()).isCloseTo(1.0 / 6, within(TOLERANCE));
        assertThat(greedy.get("o1")).isZero();
        assertThat(greedy.get("o2")).isZero();
        assertThat(LegacyGreedy.minimum(greedy)).isLessThan(maximin.minimumProbability() / 10);
    }

    @Test
    void leximin_then_raises_everyone_above_the_bottleneck_as_far_as_the_quotas_allow() {
        PanelDistribution leximin = Sortition.fairDistribution(Pools.rareOlderMen(), 3);

        assertThat(leximin.probabilityOf("w1")).isCloseTo(1.0 / 6, within(TOLERANCE));
        assertThat(leximin.probabilityOf("y1")).isCloseTo(2.0 / 9, within(TOLERANCE));
        assertThat(leximin.probabilityOf("o1")).isCloseTo(2.0 / 9, within(TOLERANCE));
    }

    @Test
    void the_only_older_woman_and_the_only_young_man_get_the_same_one_in_eleven_as_everyone() {
        PanelDistribution distribution = Sortition.fairDistribution(Pools.crossedPairs(), 2);

        distribution.probabilities().values().forEach(probability ->
                assertThat(probability).isCloseTo(1.0 / 11, within(TOLERANCE)));
    }

    @Test
    void volunteers_no_panel_can_include_get_zero_and_leximin_still_equalises_the_others() {
        PanelDistribution distribution = Sortition.fairDistribution(Pools.crossedPairsWithUnreachable(), 2);

        assertThat(distribution.probabilityOf("x1")).isZero();
        assertThat(distribution.probabilityOf("fo1")).isCloseTo(1.0 / 11, within(TOLERANCE));
        assertThat(distribution.probabilityOf("fy3")).isCloseTo(1.0 / 11, within(TOLERANCE));
    }

    @Test
    void every_panel_meets_every_quota_chances_sum_to_one_and_probabilities_sum_to_the_panel_size() {
        Pool pool = Pools.census(3, 150, 15);

        PanelDistribution distribution = Sortition.fairDistribution(pool, 15);

        assertThat(distribution.panels()).isNotEmpty().allSatisfy(panel ->
                assertThat(Pools.meetsEveryQuota(distribution, panel.composition())).isTrue());
        assertThat(distribution.candidates()).allSatisfy(panel ->
                assertThat(Pools.meetsEveryQuota(distribution, panel)).isTrue());
        assertThat(distribution.panels().stream().mapToDouble(WeightedPanel::probability).sum())
                .isCloseTo(1, within(TOLERANCE));
        assertThat(distribution.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(15, within(1e-4));
        assertThat(distribution.probabilities()).hasSize(150);
    }

    @Test
    void leximin_never_lowers_the_maximin_value_and_the_greedy_method_falls_far_below_it() {
        Pool pool = Pools.census(5, 150, 15);

        double maximin = Sortition.fairDistribution(pool, 15, Fairness.MAXIMIN).minimumProbability();
        double leximin = Sortition.fairDistribution(pool, 15).minimumProbability();
        double greedy = LegacyGreedy.minimum(LegacyGreedy.empiricalProbabilities(pool, 15, 3_000, 2));

        assertThat(leximin).isCloseTo(maximin, within(TOLERANCE));
        assertThat(maximin).isGreaterThan(0.05);
        assertThat(greedy).isLessThan(maximin / 2);
    }

    @Test
    void the_same_pool_in_another_order_gives_the_same_distribution() {
        Pool pool = Pools.census(7, 80, 10);
        List<Respondent> shuffled = new ArrayList<>(pool.respondents());
        Collections.shuffle(shuffled, new Random(1));

        PanelDistribution first = Sortition.fairDistribution(pool, 10);
        PanelDistribution second = Sortition.fairDistribution(new Pool(pool.quotas(), shuffled), 10);

        assertThat(second.profiles()).isEqualTo(first.profiles());
        assertThat(second.panels()).isEqualTo(first.panels());
    }
}
