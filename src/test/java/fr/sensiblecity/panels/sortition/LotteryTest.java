package fr.sensiblecity.panels.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LotteryTest {

    private static final int M = Sortition.DEFAULT_TICKETS;

    @Test
    void there_are_m_tickets_and_each_meets_every_quota() {
        PanelDistribution distribution = Sortition.fairDistribution(Pools.census(3, 150, 15), 15);

        Lottery lottery = Sortition.lottery(distribution);

        assertThat(lottery.tickets()).hasSize(M).allSatisfy(ticket ->
                assertThat(Pools.meetsEveryQuota(distribution, ticket)).isTrue());
    }

    @Test
    void rounding_keeps_every_probability_within_one_over_m_of_the_fair_distribution() {
        for (PanelSize instance : List.of(new PanelSize(Pools.rareOlderMen(), 3), new PanelSize(Pools.crossedPairs(), 2),
                new PanelSize(Pools.census(3, 150, 15), 15), new PanelSize(Pools.census(11, 300, 30), 30))) {
            PanelDistribution distribution = Sortition.fairDistribution(instance.pool(), instance.k());

            Lottery lottery = Sortition.lottery(distribution);

            Map<String, Double> fair = distribution.probabilities();
            lottery.probabilities().forEach((id, probability) ->
                    assertThat(probability).isCloseTo(fair.get(id), within(1.0 / M + 1e-9)));
            assertThat(lottery.maxDeviation()).isLessThanOrEqualTo(1.0 / M + 1e-9);
            assertThat(lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(distribution.panelSize(), within(1e-6));
        }
    }

    @Test
    void on_gdansk_like_pools_with_skewed_self_selection_nobody_loses_more_than_one_ticket_to_the_rounding() {
        for (long seed : new long[] {1, 3}) {
            PanelDistribution distribution = Sortition.fairDistribution(Pools.gdanskLike(seed), 60, Fairness.MAXIMIN);

            Lottery lottery = Sortition.lottery(distribution);

            Map<String, Double> fair = distribution.probabilities();
            lottery.probabilities().forEach((id, probability) -> assertThat(probability).as("pool %d, %s", seed, id)
                    .isGreaterThanOrEqualTo(fair.get(id) - 1.0 / M - 1e-6));
            assertThat(lottery.largestLoss()).isLessThanOrEqualTo(1.0 / M + 1e-6);
            assertThat(lottery.minimumProbability()).as("the lowest chance keeps within a ticket of the fair one")
                    .isGreaterThanOrEqualTo(distribution.minimumProbability() - 1.0 / M - 1e-6);
        }
    }

    @Test
    void probabilities_under_the_lottery_are_exactly_what_its_tickets_give() {
        Lottery lottery = Sortition.lottery(Sortition.fairDistribution(Pools.rareOlderMen(), 3));

        long ticketsWithAWoman = lottery.tickets().size();
        long olderManSeats = lottery.tickets().stream().mapToLong(ticket -> ticket.count(indexOf(lottery, "o1"))).sum();

        assertThat(lottery.probabilities().get("w1")).isEqualTo(ticketsWithAWoman / (6.0 * M));
        assertThat(lottery.probabilities().get("o1")).isEqualTo(olderManSeats / (2.0 * M));
    }

    @Test
    void the_same_inputs_give_the_same_tickets_and_hash_whatever_the_order_of_the_respondents() {
        Pool pool = Pools.census(7, 80, 10);
        List<Respondent> shuffled = new ArrayList<>(pool.respondents());
        Collections.shuffle(shuffled, new Random(4));

        Lottery first = Sortition.lottery(Sortition.fairDistribution(pool, 10));
        Lottery second = Sortition.lottery(Sortition.fairDistribution(new Pool(pool.quotas(), shuffled), 10));

        assertThat(second.tickets()).isEqualTo(first.tickets());
        assertThat(second.sha256()).isEqualTo(first.sha256()).matches("[0-9a-f]{64}");
        assertThat(Sortition.draw(second, "2026-03-14 Loto 7 12 23 31 44"))
                .isEqualTo(Sortition.draw(first, "2026-03-14 Loto 7 12 23 31 44"));
    }

    @Test
    void the_hash_is_sha256_of_the_canonical_text_that_names_profiles_members_and_tickets() throws Exception {
        Lottery lottery = Sortition.lottery(Sortition.fairDistribution(Pools.crossedPairs(), 2));
        String text = lottery.canonicalText();

        assertThat(text).startsWith("sensible-city sortition tickets v1\npanel-size 2\nprofiles 4\n")
                .contains("profile 0 age=old;gender=female\nmember 0 fo1\n", "tickets 1000\n", "\nticket 999 ")
                .endsWith("\n");
        assertThat(lottery.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void the_ticket_drawn_is_sha256_of_the_seed_modulo_m_and_its_panel_meets_every_quota() throws Exception {
        Pool pool = Pools.census(3, 150, 15);
        Lottery lottery = Sortition.lottery(Sortition.fairDistribution(pool, 15));

        for (int i = 0; i < 50; i++) {
            String seed = "seed " + i;
            DrawResult result = Sortition.draw(lottery, seed);

            int expected = new BigInteger(1, MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8))).mod(BigInteger.valueOf(M)).intValue();
            assertThat(result.ticketIndex()).isEqualTo(expected);
            assertThat(result.ticket()).isEqualTo(lottery.tickets().get(expected));
            assertThat(result.selectedIds()).hasSize(15).doesNotHaveDuplicates();
            assertThat(Pools.meetsEveryQuota(pool, result.selectedIds())).isTrue();
            assertThat(result.ticketHash()).isEqualTo(lottery.sha256());
            assertThat(Sortition.draw(lottery, seed)).isEqualTo(result);
        }
    }

    @Test
    void over_many_seeds_everyone_is_drawn_about_as_often_as_published() {
        Lottery lottery = Sortition.lottery(Sortition.fairDistribution(Pools.rareOlderMen(), 3));
        Map<String, Integer> drawn = new HashMap<>();
        int seeds = 4_000;

        for (int i = 0; i < seeds; i++) {
            Sortition.draw(lottery, "seed " + i).selectedIds().forEach(id -> drawn.merge(id, 1, Integer::sum));
        }

        lottery.probabilities().forEach((id, probability) ->
                assertThat(drawn.getOrDefault(id, 0) / (double) seeds).isCloseTo(probability, within(0.025)));
    }

    private record PanelSize(Pool pool, int k) {
    }

    private static int indexOf(Lottery lottery, String id) {
        List<Profile> profiles = lottery.distribution().profiles();
        for (int p = 0; p < profiles.size(); p++) {
            if (profiles.get(p).memberIds().contains(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
