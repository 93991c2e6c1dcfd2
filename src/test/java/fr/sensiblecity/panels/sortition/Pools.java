package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Pools whose fair probabilities are known by hand, and a random one of census-like shape. */
final class Pools {

    static final double TOLERANCE = 1e-6;

    private Pools() {
    }

    /**
     * k = 3 from 6 women aged 40 and over, 7 men under 40 and 2 men aged 40 and over; exactly one woman, at most
     * two men, one or two of each age band. Every panel is the woman plus either two young men or one young and one
     * older man. Each woman is on at most 1 panel in 6, so MAXIMIN is 1/6; LEXIMIN then gives the older men and the
     * young men the same chance: with a the chance of the mixed panel, a/2 = (2 - a)/7, so a = 4/9 and both get 2/9.
     * The greedy method takes the most urgent feature first (the woman), then "under 40" (1/7 beats 0), and after
     * that "under 40" again, because its ratio (0) comes before the tie with "40 and over": older men are never drawn.
     */
    static Pool rareOlderMen() {
        List<Respondent> people = new ArrayList<>();
        add(people, 6, "w", "female", "40 and over");
        add(people, 7, "y", "male", "under 40");
        add(people, 2, "o", "male", "40 and over");
        return new Pool(List.of(Quota.of("gender", "female", 1, 1), Quota.of("gender", "male", 0, 2),
                Quota.of("age", "under 40", 1, 2), Quota.of("age", "40 and over", 1, 2)), people);
    }

    /**
     * k = 2, one of each gender and one of each age band: either a young woman and an older man (10 of each) or
     * the only older woman and the only young man. Equal chances need the rare pair on 1 panel in 11: everyone
     * gets 1/11.
     */
    static Pool crossedPairs() {
        List<Respondent> people = new ArrayList<>();
        add(people, 10, "fy", "female", "young");
        add(people, 10, "mo", "male", "old");
        add(people, 1, "fo", "female", "old");
        add(people, 1, "my", "male", "young");
        return new Pool(crossedQuotas(0), people);
    }

    /** {@link #crossedPairs()} plus 3 non-binary volunteers whose quota (max 0) keeps them off every panel. */
    static Pool crossedPairsWithUnreachable() {
        List<Respondent> people = new ArrayList<>(crossedPairs().respondents());
        add(people, 3, "x", "non-binary", "young");
        return new Pool(crossedQuotas(1), people);
    }

    private static List<Quota> crossedQuotas(int nonBinary) {
        List<Quota> quotas = new ArrayList<>(List.of(Quota.of("gender", "female", 1, 1),
                Quota.of("gender", "male", 1, 1), Quota.of("age", "young", 1, 1), Quota.of("age", "old", 1, 1)));
        if (nonBinary > 0) {
            quotas.add(1, Quota.of("gender", "non-binary", 0, 0));
        }
        return quotas;
    }

    /** n volunteers in 3 categories with skewed shares, quotas from "census" shares of k with slack. */
    static Pool census(long seed, int volunteers, int panelSize) {
        String[][] features = {{"female", "male"}, {"16-29", "30-49", "50-69", "70+"}, {"north", "centre", "south"}};
        String[] categories = {"gender", "age", "district"};
        double[][] census = {{0.52, 0.48}, {0.22, 0.33, 0.30, 0.15}, {0.3, 0.4, 0.3}};
        double[][] volunteersShares = {{0.6, 0.4}, {0.1, 0.25, 0.4, 0.25}, {0.2, 0.55, 0.25}};
        Random random = new Random(seed);
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < volunteers; i++) {
            String[] pairs = new String[6];
            for (int c = 0; c < 3; c++) {
                pairs[2 * c] = categories[c];
                pairs[2 * c + 1] = features[c][pick(random, volunteersShares[c])];
            }
            people.add(Respondent.of(String.format(Locale.ROOT, "r%03d", i), pairs));
        }
        List<Quota> quotas = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int f = 0; f < features[c].length; f++) {
                double expected = census[c][f] * panelSize;
                quotas.add(Quota.of(categories[c], features[c][f], Math.max(0, (int) Math.floor(expected) - 1),
                        (int) Math.ceil(expected) + 1));
            }
        }
        return new Pool(quotas, people);
    }

    /**
     * A pool like Gdansk's: 450 volunteers for 60 seats, four categories, and the self-selection of real recruiting
     * (older, more educated people from the centre answer more), quotas from census shares with one seat of slack.
     */
    static Pool gdanskLike(long seed) {
        String[] categories = {"gender", "age", "district", "education"};
        String[][] features = {{"female", "male"}, {"16-29", "30-49", "50-69", "70+"},
            {"centre", "north", "south", "east", "west"}, {"none", "secondary", "higher"}};
        double[][] census = {{0.53, 0.47}, {0.2, 0.33, 0.3, 0.17}, {0.24, 0.2, 0.2, 0.18, 0.18}, {0.25, 0.45, 0.3}};
        double[][] volunteering = {{0.58, 0.42}, {0.08, 0.24, 0.42, 0.26}, {0.36, 0.18, 0.17, 0.15, 0.14},
            {0.08, 0.34, 0.58}};
        Random random = new Random(seed);
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            String[] pairs = new String[2 * categories.length];
            for (int c = 0; c < categories.length; c++) {
                pairs[2 * c] = categories[c];
                pairs[2 * c + 1] = features[c][pick(random, volunteering[c])];
            }
            people.add(Respondent.of(String.format(Locale.ROOT, "g%03d", i), pairs));
        }
        List<Quota> quotas = new ArrayList<>();
        for (int c = 0; c < categories.length; c++) {
            for (int f = 0; f < features[c].length; f++) {
                double expected = census[c][f] * 60;
                quotas.add(Quota.of(categories[c], features[c][f], Math.max(0, (int) Math.floor(expected) - 1),
                        (int) Math.ceil(expected) + 1));
            }
        }
        return new Pool(quotas, people);
    }

    static boolean meetsEveryQuota(Pool pool, List<String> panelIds) {
        for (Quota quota : pool.quotas()) {
            long count = pool.respondents().stream()
                    .filter(respondent -> panelIds.contains(respondent.id()) && respondent.has(quota.feature())).count();
            if (!quota.admits((int) count)) {
                return false;
            }
        }
        return true;
    }

    static boolean meetsEveryQuota(PanelDistribution distribution, Composition composition) {
        for (Quota quota : distribution.pool().quotas()) {
            int count = 0;
            for (int p = 0; p < distribution.profiles().size(); p++) {
                if (distribution.profiles().get(p).has(quota.feature())) {
                    count += composition.count(p);
                }
            }
            if (!quota.admits(count)) {
                return false;
            }
        }
        return composition.panelSize() == distribution.panelSize();
    }

    private static void add(List<Respondent> people, int count, String prefix, String gender, String age) {
        for (int i = 1; i <= count; i++) {
            people.add(Respondent.of(prefix + i, "gender", gender, "age", age));
        }
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
