package fr.sensiblecity.panels.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * The last linear program: once every profile's probability is fixed by the stages, find the mix of the known
 * panels that reaches them. Each stage proved its values reachable with those panels, so the shortfall is zero
 * up to floating-point noise; minimising it rather than demanding zero keeps that noise from looking infeasible.
 */
final class PanelMixer {

    private PanelMixer() {
    }

    /** The probability of each panel, in the order given. */
    static double[] mix(ProfileSpace space, List<int[]> panels, double[] targetProbability) {
        MPSolver solver = OrTools.linearSolver();
        try {
            MPVariable[] chances = new MPVariable[panels.size()];
            MPConstraint total = solver.makeConstraint(1, 1, "total");
            for (int i = 0; i < chances.length; i++) {
                chances[i] = solver.makeNumVar(0, 1, "panel_" + i);
                total.setCoefficient(chances[i], 1);
            }
            MPVariable shortfall = solver.makeNumVar(0, 1, "shortfall");
            for (int p = 0; p < space.profileCount(); p++) {
                MPConstraint reach = solver.makeConstraint(targetProbability[p], MPSolver.infinity(), "profile_" + p);
                reach.setCoefficient(shortfall, 1);
                for (int i = 0; i < chances.length; i++) {
                    int count = panels.get(i)[p];
                    if (count > 0) {
                        reach.setCoefficient(chances[i], (double) count / space.size(p));
                    }
                }
            }
            MPObjective objective = solver.objective();
            objective.setCoefficient(shortfall, 1);
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (!OrTools.solved(status)) {
                throw new IllegalStateException("Mixing the panels ended " + status);
            }
            double[] result = new double[chances.length];
            double sum = 0;
            for (int i = 0; i < chances.length; i++) {
                // Dust below a billionth is solver noise, not a panel anyone should be able to draw.
                result[i] = chances[i].solutionValue() < 1e-9 ? 0 : chances[i].solutionValue();
                sum += result[i];
            }
            for (int i = 0; i < result.length; i++) {
                result[i] /= sum;
            }
            return result;
        } finally {
            solver.delete();
        }
    }
}
