package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fair way to draw a panel: quota-meeting panels (as compositions over profiles) with their chances, and the
 * selection probability this gives every respondent (members of one profile share it).
 *
 * @param panels               the panels with a positive chance; chances sum to 1
 * @param candidates           every panel the column generation found, a superset of {@code panels}; the
 *                             rounding to tickets may use any of them
 * @param profileProbabilities the selection probability of each member of each profile
 */
public record PanelDistribution(Pool pool, int panelSize, Fairness fairness, List<Profile> profiles,
        List<WeightedPanel> panels, List<Composition> candidates, List<Double> profileProbabilities,
        Effort effort) {

    /**
     * How much work the solvers did: LEXIMIN stages, linear programs solved, panels generated, and whether every
     * stage asked for was completed (a later LEXIMIN stage that hits numerical trouble leaves the rest at the last
     * stage's value, which keeps the MAXIMIN optimum).
     */
    public record Effort(int stages, int iterations, int panelsFound, boolean complete) {
    }

    public PanelDistribution {
        profiles = List.copyOf(profiles);
        panels = List.copyOf(panels);
        candidates = List.copyOf(candidates);
        profileProbabilities = List.copyOf(profileProbabilities);
    }

    static PanelDistribution of(ProfileSpace space, int panelSize, Fairness fairness, List<int[]> found,
            double[] chances, Effort effort) {
        List<WeightedPanel> weighted = new ArrayList<>();
        double[] probabilities = new double[space.profileCount()];
        for (int i = 0; i < found.size(); i++) {
            if (chances[i] > 0) {
                weighted.add(new WeightedPanel(Composition.of(found.get(i)), chances[i]));
                for (int p = 0; p < probabilities.length; p++) {
                    probabilities[p] += chances[i] * found.get(i)[p] / space.size(p);
                }
            }
        }
        List<Double> perProfile = new ArrayList<>();
        for (double probability : probabilities) {
            perProfile.add(Math.min(1, probability));
        }
        return new PanelDistribution(space.pool(), panelSize, fairness, space.profiles(), weighted,
                found.stream().map(Composition::of).toList(), perProfile, effort);
    }

    /** Every respondent's selection probability, in the pool's order. */
    public Map<String, Double> probabilities() {
        Map<String, Double> byId = new LinkedHashMap<>();
        Map<String, Double> byMember = new LinkedHashMap<>();
        for (int p = 0; p < profiles.size(); p++) {
            for (String id : profiles.get(p).memberIds()) {
                byMember.put(id, profileProbabilities.get(p));
            }
        }
        pool.respondents().forEach(respondent -> byId.put(respondent.id(), byMember.get(respondent.id())));
        return Collections.unmodifiableMap(byId);
    }

    public double probabilityOf(String respondentId) {
        for (int p = 0; p < profiles.size(); p++) {
            if (profiles.get(p).memberIds().contains(respondentId)) {
                return profileProbabilities.get(p);
            }
        }
        throw new IllegalArgumentException("No respondent " + respondentId + " in the pool");
    }

    /** The lowest selection probability of anyone in the pool: what MAXIMIN maximises. */
    public double minimumProbability() {
        return profileProbabilities.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
