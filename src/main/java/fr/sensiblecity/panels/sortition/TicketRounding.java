package fr.sensiblecity.panels.sortition;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Rounds a distribution to m equally likely tickets, in the spirit of "Fair sortition made transparent" (Flanigan,
 * Kehne, Procaccia, NeurIPS 2021): an integer program chooses how many tickets each panel of the distribution
 * gets (m in all) so that, first, nobody's probability drops by more than 1/m (one ticket's worth) wherever it can
 * find such a rounding, then the largest change of any person's probability, up or down, is as small as it can find. Members of a
 * profile share every ticket's seats equally at the draw, so a person's probability is their profile's seats on
 * all tickets divided by m times the profile's size, exactly.
 *
 * <p>Guarantees: the result is never worse than largest-remainder rounding of m times each panel's chance (it is
 * the hint and the fallback); the program is CP-SAT on one worker with a deterministic work limit, so the same
 * distribution always gives the same tickets, on any machine. Not guaranteed: staying within 1/m of the
 *  distribution. That is a discrepancy problem; small pools reach it, but on 2,000 volunteers and k = 200 the best
 * found was 2/m to 3/m, with a proven lower bound of about 0.5/m for the panels at hand.
 */
final class TicketRounding {

    /** CP-SAT's deterministic time, about 10 s here: the search rarely improves after that on real pools. */
    private static final double WORK_LIMIT = 10;
    /** Seats are counted in thousandths, because CP-SAT needs integer coefficients. */
    private static final long SCALE = 1000;

    private TicketRounding() {
    }

    /** How many tickets each candidate panel of the distribution gets (zero for those outside the support). */
    static int[] round(PanelDistribution distribution, int tickets) {
        List<Composition> candidates = distribution.candidates();
        int[] fallback = largestRemainder(distribution, tickets);
        List<Integer> support = new ArrayList<>();
        for (WeightedPanel panel : distribution.panels()) {
            support.add(candidates.indexOf(panel.composition()));
        }
        CpModel model = new CpModel();
        IntVar[] ticketsOf = new IntVar[support.size()];
        for (int i = 0; i < ticketsOf.length; i++) {
            ticketsOf[i] = model.newIntVar(0, tickets, "panel_" + i);
            model.addHint(ticketsOf[i], fallback[support.get(i)]);
        }
        model.addEquality(LinearExpr.sum(ticketsOf), tickets);
        // Deviation is measured in seats per member, so "worst" means worst for a person, not for a profile. In these
        // units 1/m is SCALE; "excess" is how far the largest loss goes beyond it.
        IntVar worst = model.newIntVar(0, SCALE * tickets, "worst");
        IntVar excess = model.newIntVar(0, SCALE * tickets, "excess");
        for (int p = 0; p < distribution.profiles().size(); p++) {
            int size = distribution.profiles().get(p).size();
            long target = Math.round(SCALE * tickets * size * distribution.profileProbabilities().get(p));
            LinearExprBuilder seats = LinearExpr.newBuilder().add(-target);
            for (int i = 0; i < ticketsOf.length; i++) {
                int count = candidates.get(support.get(i)).count(p);
                if (count > 0) {
                    seats.addTerm(ticketsOf[i], SCALE * count);
                }
            }
            LinearExpr deviation = seats.build();
            model.addLessOrEqual(LinearExpr.newBuilder().add(deviation).addTerm(worst, -size).build(), 0);
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).addTerm(worst, size).build(), 0);
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).addTerm(excess, size).build(), -size * SCALE);
        }
        // A loss beyond 1/m weighs more than any change within it: first nobody loses more than 1/m if that can
        // be found, then the smallest change either way.
        model.minimize(LinearExpr.newBuilder().addTerm(excess, SCALE * tickets + 1).addTerm(worst, 1).build());
        CpSolver solver = OrTools.satSolver(WORK_LIMIT);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return fallback;
        }
        int[] rounded = new int[candidates.size()];
        for (int i = 0; i < ticketsOf.length; i++) {
            rounded[support.get(i)] = (int) solver.value(ticketsOf[i]);
        }
        return ORDER.compare(new Outcome(distribution, rounded, tickets), new Outcome(distribution, fallback, tickets)) > 0
                ? fallback : rounded;
    }

    /** Better first: a smaller loss beyond 1/m, then a smaller change either way. */
    private static final java.util.Comparator<Outcome> ORDER = java.util.Comparator
            .comparingDouble(Outcome::excessLoss).thenComparingDouble(Outcome::worst);

    private record Outcome(double excessLoss, double worst) {

        Outcome(PanelDistribution distribution, int[] ticketsPerCandidate, int tickets) {
            this(Math.max(0, worstLoss(distribution, ticketsPerCandidate, tickets) - 1.0 / tickets),
                    worstDeviation(distribution, ticketsPerCandidate, tickets));
        }
    }

    /** The largest drop of any person's probability, lottery against distribution (0 when nobody loses). */
    static double worstLoss(PanelDistribution distribution, int[] ticketsPerCandidate, int tickets) {
        double[] probabilities = probabilities(distribution, ticketsPerCandidate, tickets);
        double worst = 0;
        for (int p = 0; p < probabilities.length; p++) {
            worst = Math.max(worst, distribution.profileProbabilities().get(p) - probabilities[p]);
        }
        return worst;
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
