package fr.sensiblecity.panels.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The linear program of one LEXIMIN stage, in its dual form over the panels found so far (Flanigan et al.,
 * Nature 2021, Methods). The primal is "mix the known panels so that every unfixed profile's probability is at
 * least z and every fixed profile keeps its probability; maximise z". Its dual gives each profile a weight y
 * (summing to 1 over unfixed profiles) and a cap mu that no known panel's weight may exceed; minimise
 * {@code mu - sum of fixed probability * y}. Both have the same value. A panel whose weight exceeds mu proves the
 * mix can improve (so it becomes a new row); when none does, the stage is optimal. The dual is solved rather
 * than the primal because its weights are exactly what the pricing needs, and GLOP re-solves quickly when rows
 * are added.
 */
final class RestrictedDual implements AutoCloseable {

    /** The stage's value (the best minimum probability so far), the cap and the weights per profile. */
    record Solution(double value, double cap, double[] weights) {
    }

    private static final double MAX_FIXED_WEIGHT = 1e4;

    private final ProfileSpace space;
    private final MPSolver solver;
    private final MPVariable[] weights;
    private final MPVariable cap;

    RestrictedDual(ProfileSpace space, double[] fixedProbability) {
        this.space = space;
        this.solver = OrTools.linearSolver();
        this.weights = new MPVariable[space.profileCount()];
        this.cap = solver.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "cap");
        MPObjective objective = solver.objective();
        objective.setCoefficient(cap, 1);
        MPConstraint unfixedSum = solver.makeConstraint(1, 1, "unfixed_weights");
        for (int p = 0; p < weights.length; p++) {
            // Optimal weights of fixed profiles stay far below this; the bound only keeps tolerance noise in the
            // fixed values from making the program unbounded.
            double bound = Double.isNaN(fixedProbability[p]) ? 1 : MAX_FIXED_WEIGHT;
            weights[p] = solver.makeNumVar(0, bound, "weight_" + p);
            if (Double.isNaN(fixedProbability[p])) {
                unfixedSum.setCoefficient(weights[p], 1);
            } else {
                objective.setCoefficient(weights[p], -fixedProbability[p]);
            }
        }
        objective.setMinimization();
    }

    /** Adds the row "this panel's weight is at most the cap"; a profile's weight is shared by its members. */
    void addPanel(int[] counts) {
        MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0);
        row.setCoefficient(cap, -1);
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0) {
                row.setCoefficient(weights[p], (double) counts[p] / space.size(p));
            }
        }
    }

    Solution solve() {
        MPSolver.ResultStatus status = solver.solve();
        if (!OrTools.solved(status)) {
            // GLOP's warm start occasionally ends ABNORMAL after many added rows; a cold start gets through.
            solver.reset();
            status = solver.solve();
        }
        if (!OrTools.solved(status)) {
            throw new IllegalStateException("The linear program of a fairness stage ended " + status);
        }
        double[] values = new double[weights.length];
        for (int p = 0; p < weights.length; p++) {
            values[p] = Math.max(0, weights[p].solutionValue());
        }
        return new Solution(solver.objective().value(), cap.solutionValue(), values);
    }

    @Override
    public void close() {
        solver.delete();
    }
}
