package fr.sensiblecity.panels.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaRelaxationTest {

    /** 4 women and 6 men; the quotas ask for 6 women and at most 3 men in a panel of 8. */
    private static Pool tooFewWomen() {
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(Respondent.of("p" + i, "gender", i < 4 ? "female" : "male", "age", i % 2 == 0 ? "young" : "old"));
        }
        return new Pool(List.of(Quota.of("gender", "female", 6, 8), Quota.of("gender", "male", 0, 3),
                Quota.of("age", "young", 0, 8), Quota.of("age", "old", 0, 8)), people);
    }

    @Test
    void the_smallest_relaxation_names_each_quota_and_makes_a_panel_possible() {
        Pool pool = tooFewWomen();

        Relaxation relaxation = Sortition.relaxation(pool, 8);

        assertThat(relaxation.isNeeded()).isTrue();
        // 8 seats, at most 4 women: the men's max must rise to 4 and the women's min drop to 4, 3 places in all.
        assertThat(relaxation.amount()).isEqualTo(3);
        assertThat(relaxation.changes()).containsExactlyInAnyOrder(
                new QuotaChange(Quota.of("gender", "female", 6, 8), 4, 8),
                new QuotaChange(Quota.of("gender", "male", 0, 3), 0, 4));
        assertThat(relaxation.message()).doesNotContain("\n")
                .contains("gender=female min 6 -> 4", "gender=male max 3 -> 4");
        Pool relaxed = pool.withQuotas(relaxation.applyTo(pool.quotas()));
        assertThat(Sortition.relaxation(relaxed, 8).isNeeded()).isFalse();
        assertThat(Sortition.fairDistribution(relaxed, 8).panels()).isNotEmpty();
    }

    @Test
    void minimums_that_add_up_to_more_than_the_panel_are_relaxed_by_the_excess() {
        Pool pool = Pools.crossedPairs().withQuotas(List.of(Quota.of("gender", "female", 2, 2),
                Quota.of("gender", "male", 1, 1), Quota.of("age", "young", 1, 1), Quota.of("age", "old", 1, 1)));

        Relaxation relaxation = Sortition.relaxation(pool, 2);

        assertThat(relaxation.amount()).isEqualTo(1);
        assertThat(Sortition.relaxation(pool.withQuotas(relaxation.applyTo(pool.quotas())), 2).isNeeded()).isFalse();
    }

    @Test
    void the_fair_draw_refuses_infeasible_quotas_with_the_relaxation_instead_of_a_stack_trace() {
        assertThatThrownBy(() -> Sortition.fairDistribution(tooFewWomen(), 8))
                .isInstanceOf(InfeasibleQuotasException.class)
                .hasMessageContaining("gender=female min 6 -> 4")
                .satisfies(thrown -> assertThat(((InfeasibleQuotasException) thrown).relaxation().amount()).isEqualTo(3));
    }

    @Test
    void a_pool_smaller_than_the_panel_is_named_as_such() {
        Relaxation relaxation = Sortition.relaxation(tooFewWomen(), 12);

        assertThat(relaxation.isNeeded()).isTrue();
        assertThat(relaxation.message()).isEqualTo("The pool has only 10 respondents for a panel of 12");
    }

    @Test
    void quotas_that_can_be_met_need_no_relaxation() {
        assertThat(Sortition.relaxation(Pools.rareOlderMen(), 3).isNeeded()).isFalse();
        assertThat(Sortition.relaxation(Pools.census(3, 150, 15), 15).changes()).isEmpty();
    }
}
