package fr.sensiblecity.panels.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the smallest relaxation of the quotas: an integer program over panels (counts per profile) in which every
 * quota's min may drop and its max may rise at a cost of one per place, minimising the total cost. When the
 * quotas can be met it costs nothing, so the same program doubles as the feasibility check before a draw.
 */
final class QuotaRelaxation {

    private QuotaRelaxation() {
    }

    static Relaxation suggest(Pool pool, int panelSize) {
        if (pool.size() < panelSize) {
            return new Relaxation(panelSize, pool.size(), List.of());
        }
        ProfileSpace space = ProfileSpace.of(pool);
        MPSolver solver = OrTools.integerSolver();
        try {
            MPVariable[] counts = new MPVariable[space.profileCount()];
            MPConstraint size = solver.makeConstraint(panelSize, panelSize, "panel_size");
            for (int p = 0; p < counts.length; p++) {
                counts[p] = solver.makeIntVar(0, space.size(p), "profile_" + p);
                size.setCoefficient(counts[p], 1);
            }
            MPObjective objective = solver.objective();
            MPVariable[] lowerBy = new MPVariable[space.quotaCount()];
            MPVariable[] raiseBy = new MPVariable[space.quotaCount()];
            for (int q = 0; q < space.quotaCount(); q++) {
                Quota quota = space.quota(q);
                lowerBy[q] = solver.makeIntVar(0, quota.min(), "lower_min_" + q);
                raiseBy[q] = solver.makeIntVar(0, panelSize, "raise_max_" + q);
                objective.setCoefficient(lowerBy[q], 1);
                objective.setCoefficient(raiseBy[q], 1);
                MPConstraint atLeast = solver.makeConstraint(quota.min(), MPSolver.infinity(), "min_" + q);
                atLeast.setCoefficient(lowerBy[q], 1);
                MPConstraint atMost = solver.makeConstraint(-MPSolver.infinity(), quota.max(), "max_" + q);
                atMost.setCoefficient(raiseBy[q], -1);
                for (int p = 0; p < counts.length; p++) {
                    if (space.has(q, p)) {
                        atLeast.setCoefficient(counts[p], 1);
                        atMost.setCoefficient(counts[p], 1);
                    }
                }
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve(OrTools.exact());
            if (!OrTools.solved(status)) {
                throw new IllegalStateException("The relaxation program ended " + status);
            }
            List<QuotaChange> changes = new ArrayList<>();
            for (int q = 0; q < space.quotaCount(); q++) {
                int lower = (int) Math.round(lowerBy[q].solutionValue());
                int raise = (int) Math.round(raiseBy[q].solutionValue());
                if (lower > 0 || raise > 0) {
                    Quota quota = space.quota(q);
                    changes.add(new QuotaChange(quota, quota.min() - lower, quota.max() + raise));
                }
            }
            return new Relaxation(panelSize, pool.size(), changes);
        } finally {
            solver.delete();
        }
    }
}
