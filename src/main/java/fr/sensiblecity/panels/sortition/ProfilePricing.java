package fr.sensiblecity.panels.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Optional;

/**
 * The integer program of the column generation: among all quota-meeting panels, the one that best serves given
 * weights. A panel is a vector of counts per profile (at most the profile's size, summing to k), so the program
 * has one integer variable per profile instead of one binary per person. It is built once and re-solved with new
 * objective coefficients at every iteration.
 */
final class ProfilePricing implements AutoCloseable {

    /** A panel and its value under the weights it was priced with. */
    record Priced(int[] counts, double value) {
    }

    private final ProfileSpace space;
    private final MPSolver solver;
    private final MPVariable[] counts;

    ProfilePricing(ProfileSpace space, int panelSize) {
        this.space = space;
        this.solver = OrTools.integerSolver();
        this.counts = new MPVariable[space.profileCount()];
        MPConstraint size = solver.makeConstraint(panelSize, panelSize, "panel_size");
        for (int p = 0; p < counts.length; p++) {
            counts[p] = solver.makeIntVar(0, space.size(p), "profile_" + p);
            size.setCoefficient(counts[p], 1);
        }
        for (int q = 0; q < space.quotaCount(); q++) {
            Quota quota = space.quota(q);
            MPConstraint constraint = solver.makeConstraint(quota.min(), quota.max(), "quota_" + q);
            for (int p = 0; p < counts.length; p++) {
                if (space.has(q, p)) {
                    constraint.setCoefficient(counts[p], 1);
                }
            }
        }
    }

    /**
     * The panel maximising {@code sum of valuePerMember[p] * count[p]}, or empty when no panel meets the quotas.
     * The value is recomputed from the integer counts, so solver tolerances do not leak into the caller's test.
     */
    Optional<Priced> best(double[] valuePerMember) {
        MPObjective objective = solver.objective();
        for (int p = 0; p < counts.length; p++) {
            objective.setCoefficient(counts[p], valuePerMember[p]);
        }
        objective.setMaximization();
        MPSolver.ResultStatus status = solver.solve(OrTools.exact());
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return Optional.empty();
        }
        int[] panel = new int[counts.length];
        double value = 0;
        for (int p = 0; p < counts.length; p++) {
            panel[p] = (int) Math.round(counts[p].solutionValue());
            value += valuePerMember[p] * panel[p];
        }
        if (!space.meetsEveryQuota(panel, java.util.Arrays.stream(panel).sum())) {
            throw new IllegalStateException("The integer solver returned a panel that breaks a quota");
        }
        return Optional.of(new Priced(panel, value));
    }

    @Override
    public void close() {
        solver.delete();
    }
}
