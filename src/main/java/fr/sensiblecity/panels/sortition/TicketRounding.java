package fr.sensiblecity.panels.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * Rounds a distribution to m equally likely tickets, in the spirit of "Fair sortition made transparent" (Flanigan,
 * Kehne, Procaccia, NeurIPS 2021): an integer program chooses how many tickets each found panel gets (m in all) so
 * that the largest change of any person's probability is as small as possible, then, among those, the changes
 * are small on average. Members of a profile share every ticket's seats equally at the draw, so a person's
 * probability is their profile's ticket seats divided by m times the profile's size, exactly. Largest-remainder
 * rounding of m times each panel's chance is the hint and the fallback, so the result is never worse than that.
 */
final class TicketRounding {

    /** Long enough for the sizes seen (hundreds of panels and profiles), short enough to wait for at a desk. */
    private static final long TIME_LIMIT_MILLIS = 30_000;

    private TicketRounding() {
    }

    /** How many tickets each candidate panel of the distribution gets. */
    static int[] round(PanelDistribution distribution, int tickets) {
        List<Composition> candidates = distribution.candidates();
        int[] fallback = largestRemainder(distribution, tickets);
        MPSolver solver = OrTools.integerSolver();
        try {
            solver.setTimeLimit(TIME_LIMIT_MILLIS);
            MPVariable[] ticketsOf = new MPVariable[candidates.size()];
            MPConstraint total = solver.makeConstraint(tickets, tickets, "tickets");
            for (int i = 0; i < ticketsOf.length; i++) {
                ticketsOf[i] = solver.makeIntVar(0, tickets, "panel_" + i);
                total.setCoefficient(ticketsOf[i], 1);
            }
            // Deviation is measured in seats per member, so "worst" means worst for a person, not for a profile.
            MPVariable worst = solver.makeNumVar(0, MPSolver.infinity(), "worst");
            MPObjective objective = solver.objective();
            objective.setCoefficient(worst, 1);
            int profiles = distribution.profiles().size();
            for (int p = 0; p < profiles; p++) {
                int size = distribution.profiles().get(p).size();
                double target = tickets * size * distribution.profileProbabilities().get(p);
                MPVariable above = solver.makeNumVar(0, MPSolver.infinity(), "above_" + p);
                MPVariable below = solver.makeNumVar(0, MPSolver.infinity(), "below_" + p);
                MPConstraint seats = solver.makeConstraint(target, target, "seats_" + p);
                seats.setCoefficient(above, -1);
                seats.setCoefficient(below, 1);
                for (int i = 0; i < ticketsOf.length; i++) {
                    if (candidates.get(i).count(p) > 0) {
                        seats.setCoefficient(ticketsOf[i], candidates.get(i).count(p));
                    }
                }
                MPConstraint bounded = solver.makeConstraint(-MPSolver.infinity(), 0, "worst_" + p);
                bounded.setCoefficient(above, 1);
                bounded.setCoefficient(below, 1);
                bounded.setCoefficient(worst, -size);
                objective.setCoefficient(above, 0.01 / (profiles * size));
                objective.setCoefficient(below, 0.01 / (profiles * size));
            }
            objective.setMinimization();
            double[] hint = java.util.Arrays.stream(fallback).asDoubleStream().toArray();
            solver.setHint(ticketsOf, hint);
            MPSolver.ResultStatus status = solver.solve(OrTools.exact());
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return fallback;
            }
            int[] rounded = new int[ticketsOf.length];
            for (int i = 0; i < rounded.length; i++) {
                rounded[i] = (int) Math.round(ticketsOf[i].solutionValue());
            }
            if (java.util.Arrays.stream(rounded).sum() != tickets
                    || worstDeviation(distribution, rounded, tickets) > worstDeviation(distribution, fallback, tickets)) {
                return fallback;
            }
            return rounded;
        } finally {
            solver.delete();
        }
    }

    /** The largest change of any person's probability, if the candidates get these many tickets each. */
    static double worstDeviation(PanelDistribution distribution, int[] ticketsPerCandidate, int tickets) {
        double[] probabilities = probabilities(distribution, ticketsPerCandidate, tickets);
        double worst = 0;
        for (int p = 0; p < probabilities.length; p++) {
            worst = Math.max(worst, Math.abs(probabilities[p] - distribution.profileProbabilities().get(p)));
        }
        return worst;
    }

    /** Each profile member's probability under the lottery: seats on tickets / (tickets * profile size). */
    static double[] probabilities(PanelDistribution distribution, int[] ticketsPerCandidate, int tickets) {
        double[] probabilities = new double[distribution.profiles().size()];
        for (int i = 0; i < ticketsPerCandidate.length; i++) {
            for (int p = 0; p < probabilities.length; p++) {
                probabilities[p] += (double) ticketsPerCandidate[i] * distribution.candidates().get(i).count(p);
            }
        }
        for (int p = 0; p < probabilities.length; p++) {
            probabilities[p] /= (double) tickets * distribution.profiles().get(p).size();
        }
        return probabilities;
    }

    private static int[] largestRemainder(PanelDistribution distribution, int tickets) {
        List<Composition> candidates = distribution.candidates();
        double[] exact = new double[candidates.size()];
        for (WeightedPanel panel : distribution.panels()) {
            exact[candidates.indexOf(panel.composition())] = panel.probability() * tickets;
        }
        int[] rounded = new int[exact.length];
        int given = 0;
        for (int i = 0; i < exact.length; i++) {
            rounded[i] = (int) Math.floor(exact[i]);
            given += rounded[i];
        }
        Integer[] byRemainder = new Integer[exact.length];
        for (int i = 0; i < exact.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, (a, b) -> Double.compare(exact[b] - rounded[b], exact[a] - rounded[a]));
        for (int j = 0; given < tickets; j++, given++) {
            rounded[byRemainder[j % exact.length]]++;
        }
        return rounded;
    }
}
