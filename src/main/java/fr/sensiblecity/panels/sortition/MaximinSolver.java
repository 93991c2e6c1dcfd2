package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column generation for MAXIMIN and its LEXIMIN stages, over profiles. Each stage alternates the {@link
 * RestrictedDual} (how well can the known panels be mixed, and which profiles are the bottleneck) and the {@link
 * ProfilePricing} (is there a panel that serves those bottleneck profiles better than every known one). When no
 * such panel exists, the stage's value is optimal; the profiles with positive dual weight cannot rise above it
 * in any optimal mix (complementary slackness), so they are fixed there and the next stage raises the rest.
 */
final class MaximinSolver {

    /** A panel worth less than cap + this is no improvement worth chasing: probabilities are published to 6 decimals. */
    private static final double CONVERGED = 1e-7;
    /** A dual weight above this is taken as positive; the weights of a stage sum to 1. */
    private static final double BINDING = 1e-7;
    /**
     * Later stages see fixed probabilities lowered by a millionth: GLOP meets constraints only to about 1e-7, so a
     * value reached in one stage may look just out of reach in the next. With 1e-10 a run on 2,000 volunteers found
     * its restricted program infeasible and fixed profiles at nonsense values; the check on stage values below and
     * the bound on fixed weights in {@link RestrictedDual} guard against what slips through.
     */
    private static final double MARGIN = 1e-6;

    private final ProfileSpace space;
    private final ProfilePricing pricing;
    private final Map<List<Integer>, int[]> panels = new LinkedHashMap<>();
    private final double[] fixed;
    private int iterations;
    private double lastValue = Double.NEGATIVE_INFINITY;

    private MaximinSolver(ProfileSpace space, ProfilePricing pricing) {
        this.space = space;
        this.pricing = pricing;
        this.fixed = new double[space.profileCount()];
        Arrays.fill(fixed, Double.NaN);
    }

    static PanelDistribution solve(Pool pool, int panelSize, Fairness fairness) {
        Relaxation relaxation = QuotaRelaxation.suggest(pool, panelSize);
        if (relaxation.isNeeded()) {
            throw new InfeasibleQuotasException(relaxation);
        }
        ProfileSpace space = ProfileSpace.of(pool);
        try (ProfilePricing pricing = new ProfilePricing(space, panelSize)) {
            MaximinSolver solver = new MaximinSolver(space, pricing);
            solver.seedPanels();
            double maximin = solver.stage();
            int stages = 1;
            if (fairness == Fairness.MAXIMIN) {
                solver.fixAllUnfixedAt(maximin);
            }
            boolean complete = true;
            double reached = maximin;
            while (solver.hasUnfixed()) {
                try {
                    reached = solver.stage();
                    stages++;
                } catch (IllegalStateException numericalTrouble) {
                    // MAXIMIN is already won and every unfixed profile is at or above the last stage's value:
                    // keep that rather than refuse the draw, and say so in the effort.
                    solver.fixAllUnfixedAt(reached);
                    complete = false;
                }
            }
            List<int[]> found = new ArrayList<>(solver.panels.values());
            double[] chances = PanelMixer.mix(space, found, solver.fixed);
            return PanelDistribution.of(space, panelSize, fairness, found, chances,
                    new PanelDistribution.Effort(stages, solver.iterations, found.size(), complete || fairness == Fairness.MAXIMIN));
        }
    }

    /** One panel per profile that includes it, where possible, so the first mix already reaches everyone. */
    private void seedPanels() {
        for (int p = 0; p < space.profileCount(); p++) {
            final int profile = p;
            if (panels.values().stream().anyMatch(panel -> panel[profile] > 0)) {
                continue;
            }
            double[] onlyThisProfile = new double[space.profileCount()];
            onlyThisProfile[p] = 1;
            pricing.best(onlyThisProfile).ifPresent(priced -> add(priced.counts()));
        }
    }

    /** Runs one stage to optimality, fixes its bottleneck profiles and returns its value. */
    private double stage() {
        double[] lowered = fixed.clone();
        for (int p = 0; p < lowered.length; p++) {
            lowered[p] = Double.isNaN(lowered[p]) ? Double.NaN : Math.max(0, lowered[p] - MARGIN);
        }
        try (RestrictedDual dual = new RestrictedDual(space, lowered)) {
            panels.values().forEach(dual::addPanel);
            while (true) {
                iterations++;
                RestrictedDual.Solution solution = dual.solve();
                double[] perMember = new double[space.profileCount()];
                for (int p = 0; p < perMember.length; p++) {
                    perMember[p] = solution.weights()[p] / space.size(p);
                }
                ProfilePricing.Priced best = pricing.best(perMember)
                        .orElseThrow(() -> new IllegalStateException("No panel meets the quotas any more"));
                if (best.value() <= solution.cap() + CONVERGED || !add(best.counts())) {
                    if (solution.value() < lastValue - 10 * MARGIN) {
                        // Stage values never decrease in exact arithmetic: this one is numerical trouble.
                        throw new IllegalStateException("A fairness stage fell from " + lastValue + " to "
                                + solution.value());
                    }
                    lastValue = Math.max(lastValue, solution.value());
                    fixBottleneck(solution);
                    return solution.value();
                }
                dual.addPanel(best.counts());
            }
        }
    }

    private void fixBottleneck(RestrictedDual.Solution solution) {
        double value = Math.max(0, Math.min(1, solution.value()));
        boolean fixedOne = false;
        int heaviest = -1;
        for (int p = 0; p < fixed.length; p++) {
            if (Double.isNaN(fixed[p])) {
                if (solution.weights()[p] > BINDING) {
                    fixed[p] = value;
                    fixedOne = true;
                }
                if (heaviest < 0 || solution.weights()[p] > solution.weights()[heaviest]) {
                    heaviest = p;
                }
            }
        }
        if (!fixedOne) {
            // Weights sum to 1, so this only happens with absurd tolerances; still, every stage must make progress.
            fixed[heaviest] = value;
        }
    }

    private void fixAllUnfixedAt(double value) {
        for (int p = 0; p < fixed.length; p++) {
            if (Double.isNaN(fixed[p])) {
                fixed[p] = Math.max(0, Math.min(1, value));
            }
        }
    }

    private boolean hasUnfixed() {
        return Arrays.stream(fixed).anyMatch(Double::isNaN);
    }

    private boolean add(int[] counts) {
        return panels.putIfAbsent(Arrays.stream(counts).boxed().toList(), counts) == null;
    }
}
