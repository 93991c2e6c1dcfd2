package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The Sortition Foundation's old greedy selection, kept only to show in tests and the benchmark what the fair
 * draw improves on: repeatedly take the feature whose unmet minimum is most urgent ((min - selected) / people left
 * with it; ties go to the first in the categories file), a uniformly random person with it, and drop everyone with
 * a feature that has reached its maximum. It fails (and is retried) when a minimum can no longer be met. People are
 * indexed so that ten thousand draws from two thousand volunteers take seconds, not hours.
 */
public final class LegacyGreedy {

    private final Pool pool;
    private final int panelSize;
    /** For each person, the indexes of the quotas of their features. */
    private final int[][] quotasOf;

    private LegacyGreedy(Pool pool, int panelSize) {
        this.pool = pool;
        this.panelSize = panelSize;
        List<Quota> quotas = pool.quotas();
        this.quotasOf = new int[pool.size()][];
        for (int person = 0; person < pool.size(); person++) {
            Respondent respondent = pool.respondents().get(person);
            quotasOf[person] = java.util.stream.IntStream.range(0, quotas.size())
                    .filter(q -> respondent.has(quotas.get(q).feature())).toArray();
        }
    }

    /** The selection probabilities seen over {@code runs} successful greedy draws; failed attempts are retried. */
    public static Map<String, Double> empiricalProbabilities(Pool pool, int panelSize, int runs, long seed) {
        LegacyGreedy greedy = new LegacyGreedy(pool, panelSize);
        Random random = new Random(seed);
        int[] counts = new int[pool.size()];
        int successes = 0;
        int attempts = 0;
        while (successes < runs) {
            if (++attempts > runs * 100) {
                throw new IllegalStateException("The greedy method keeps failing on this pool");
            }
            Optional<int[]> panel = greedy.drawOnce(random);
            if (panel.isPresent()) {
                successes++;
                for (int person : panel.get()) {
                    counts[person]++;
                }
            }
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int person = 0; person < pool.size(); person++) {
            probabilities.put(pool.respondents().get(person).id(), counts[person] / (double) runs);
        }
        return probabilities;
    }

    public static double minimum(Map<String, Double> probabilities) {
        return probabilities.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** One greedy draw, or empty when it painted itself into a corner. */
    public static Optional<List<String>> draw(Pool pool, int panelSize, Random random) {
        return new LegacyGreedy(pool, panelSize).drawOnce(random).map(panel -> Arrays.stream(panel)
                .mapToObj(person -> pool.respondents().get(person).id()).toList());
    }

    private Optional<int[]> drawOnce(Random random) {
        List<Quota> quotas = pool.quotas();
        int[] selected = new int[quotas.size()];
        // Per quota, the people left who have its feature, in pool order until swaps disturb it.
        int[][] left = new int[quotas.size()][pool.size()];
        int[] leftCount = new int[quotas.size()];
        int[][] position = new int[quotas.size()][pool.size()];
        for (int person = 0; person < pool.size(); person++) {
            for (int q : quotasOf[person]) {
                position[q][person] = leftCount[q];
                left[q][leftCount[q]++] = person;
            }
        }
        List<Integer> panel = new ArrayList<>();
        while (panel.size() < panelSize) {
            int urgent = -1;
            double ratio = -100;
            for (int q = 0; q < quotas.size(); q++) {
                Quota quota = quotas.get(q);
                if (selected[q] < quota.min() && leftCount[q] < quota.min() - selected[q]) {
                    return Optional.empty();
                }
                if (leftCount[q] != 0 && quota.max() != 0) {
                    double itemRatio = (quota.min() - selected[q]) / (double) leftCount[q];
                    if (itemRatio > 1) {
                        return Optional.empty();
                    }
                    if (itemRatio > ratio) {
                        ratio = itemRatio;
                        urgent = q;
                    }
                }
            }
            if (urgent < 0) {
                return Optional.empty();
            }
            int chosen = left[urgent][random.nextInt(leftCount[urgent])];
            panel.add(chosen);
            remove(chosen, left, leftCount, position);
            for (int q : quotasOf[chosen]) {
                if (++selected[q] == quotas.get(q).max()) {
                    while (leftCount[q] > 0) {
                        remove(left[q][leftCount[q] - 1], left, leftCount, position);
                    }
                }
            }
        }
        for (int q = 0; q < quotas.size(); q++) {
            if (!quotas.get(q).admits(selected[q])) {
                return Optional.empty();
            }
        }
        return Optional.of(panel.stream().mapToInt(Integer::intValue).toArray());
    }

    private void remove(int person, int[][] left, int[] leftCount, int[][] position) {
        for (int q : quotasOf[person]) {
            int at = position[q][person];
            int last = left[q][--leftCount[q]];
            left[q][at] = last;
            position[q][last] = at;
        }
    }
}
