package fr.sensiblecity.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.sensiblecity.panels.sortition.Fairness;
import fr.sensiblecity.panels.sortition.LegacyGreedy;
import fr.sensiblecity.panels.sortition.Lottery;
import fr.sensiblecity.panels.sortition.PanelDistribution;
import fr.sensiblecity.panels.sortition.Pool;
import fr.sensiblecity.panels.sortition.Quota;
import fr.sensiblecity.panels.sortition.Respondent;
import fr.sensiblecity.panels.sortition.Sortition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MAXIMIN on a realistic pool: 2,000 volunteers, 4 categories whose volunteer shares are skewed away from the
 * census (older, more educated, more women, uneven districts, as in real recruitment), quotas from census shares
 * with about 10 % slack, k = 200. Not part of the normal test run: {@code ./mvnw -Pbench verify -Dbench=sortition}.
 */
class SortitionBenchmark {

    private static final int VOLUNTEERS = 2_000;
    private static final int PANEL_SIZE = 200;
    private static final int GREEDY_RUNS = 10_000;

    /** Category, features, census shares, volunteer shares. */
    private record Stratum(String category, String[] features, double[] census, double[] volunteers) {
    }

    private static final List<Stratum> STRATA = List.of(
            new Stratum("gender", new String[] {"female", "male", "non-binary"},
                    new double[] {0.51, 0.47, 0.02}, new double[] {0.56, 0.42, 0.02}),
            new Stratum("age", new String[] {"16-29", "30-44", "45-59", "60-74", "75+"},
                    new double[] {0.20, 0.24, 0.25, 0.20, 0.11}, new double[] {0.09, 0.17, 0.27, 0.34, 0.13}),
            new Stratum("district", new String[] {"Centre", "Nord", "Gare", "Plateau", "Rives", "Hameaux"},
                    new double[] {0.22, 0.18, 0.17, 0.16, 0.15, 0.12}, new double[] {0.30, 0.14, 0.20, 0.10, 0.18, 0.08}),
            new Stratum("education", new String[] {"none or primary", "secondary", "bachelor", "master or more"},
                    new double[] {0.25, 0.40, 0.20, 0.15}, new double[] {0.08, 0.30, 0.30, 0.32}));

    @Test
    void maximin_on_two_thousand_volunteers() {
        String wanted = System.getProperty("bench", "");
        assumeTrue(wanted.isEmpty() || wanted.equals("sortition") || wanted.equals("all"),
                "another benchmark was asked for: " + wanted);
        Pool pool = pool(new Random(2026));

        long start = System.nanoTime();
        PanelDistribution maximin = Sortition.fairDistribution(pool, PANEL_SIZE, Fairness.MAXIMIN);
        double seconds = (System.nanoTime() - start) / 1e9;

        long leximinStart = System.nanoTime();
        PanelDistribution leximin = Sortition.fairDistribution(pool, PANEL_SIZE, Fairness.LEXIMIN);
        double leximinSeconds = (System.nanoTime() - leximinStart) / 1e9;
        long lotteryStart = System.nanoTime();
        Lottery lottery = Sortition.lottery(leximin);
        double lotterySeconds = (System.nanoTime() - lotteryStart) / 1e9;

        double legacy = LegacyGreedy.minimum(LegacyGreedy.empiricalProbabilities(pool, PANEL_SIZE, GREEDY_RUNS, 7));

        System.out.printf(Locale.ROOT, "BENCH sortition n=%d k=%d seconds=%.1f min_probability=%.4f"
                + " legacy_min_probability=%.4f%n", VOLUNTEERS, PANEL_SIZE, seconds, maximin.minimumProbability(), legacy);
        System.out.printf(Locale.ROOT, "BENCH-DETAIL profiles=%d maximin_effort=%s leximin_seconds=%.1f"
                + " leximin_min=%.4f leximin_effort=%s lottery_seconds=%.1f lottery_max_deviation=%.6f"
                + " lottery_min=%.4f%n", leximin.profiles().size(), maximin.effort(), leximinSeconds,
                leximin.minimumProbability(), leximin.effort(), lotterySeconds, lottery.maxDeviation(),
                lottery.minimumProbability());
        assertTrue(seconds < 120, "MAXIMIN took " + seconds + " s");
        assertTrue(leximin.minimumProbability() >= maximin.minimumProbability() - 1e-5,
                "LEXIMIN lowered the minimum to " + leximin.minimumProbability());
    }

    static Pool pool(Random random) {
        List<Quota> quotas = new ArrayList<>();
        for (Stratum stratum : STRATA) {
            for (int f = 0; f < stratum.features().length; f++) {
                double expected = stratum.census()[f] * PANEL_SIZE;
                int slack = Math.max(1, (int) Math.round(expected * 0.1));
                quotas.add(Quota.of(stratum.category(), stratum.features()[f],
                        Math.max(0, (int) Math.floor(expected) - slack), (int) Math.ceil(expected) + slack));
            }
        }
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            String[] pairs = new String[STRATA.size() * 2];
            for (int s = 0; s < STRATA.size(); s++) {
                Stratum stratum = STRATA.get(s);
                pairs[2 * s] = stratum.category();
                pairs[2 * s + 1] = stratum.features()[pick(random, stratum.volunteers())];
            }
            respondents.add(Respondent.of(String.format(Locale.ROOT, "v%04d", i), pairs));
        }
        return new Pool(quotas, respondents);
    }

    private static int pick(Random random, double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
