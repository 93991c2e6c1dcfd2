package fr.sensiblecity.panels.sortition;

import java.util.Set;

/**
 * The entry points of a fair, verifiable draw, in the order a panel uses them: check the quotas ({@link
 * #relaxation}), compute the fair distribution ({@link #fairDistribution}), round it to a lottery whose hash and
 * probabilities are published ({@link #lottery}), draw from the announced seed ({@link #draw}), and, for those
 * who decline, a {@link #replacementRound} that goes through the same steps.
 */
public final class Sortition {

    /** Enough tickets that rounding moves nobody's probability by more than a thousandth. */
    public static final int DEFAULT_TICKETS = 1000;

    private Sortition() {
    }

    /** The LEXIMIN distribution: the fairest the quotas allow. */
    public static PanelDistribution fairDistribution(Pool pool, int panelSize) {
        return fairDistribution(pool, panelSize, Fairness.LEXIMIN);
    }

    /**
     * A distribution over quota-meeting panels that maximises the lowest selection probability (and, with {@link
     * Fairness#LEXIMIN}, the next lowest, and so on).
     *
     * @throws InfeasibleQuotasException when no panel meets every quota; it carries the smallest relaxation
     */
    public static PanelDistribution fairDistribution(Pool pool, int panelSize, Fairness fairness) {
        requirePositive(panelSize);
        return MaximinSolver.solve(pool, panelSize, fairness);
    }

    /** Whether a panel of this size can meet every quota and, if not, the smallest change of quotas that would. */
    public static Relaxation relaxation(Pool pool, int panelSize) {
        requirePositive(panelSize);
        return QuotaRelaxation.suggest(pool, panelSize);
    }

    public static Lottery lottery(PanelDistribution distribution) {
        return lottery(distribution, DEFAULT_TICKETS);
    }

    public static Lottery lottery(PanelDistribution distribution, int tickets) {
        return Lottery.round(distribution, tickets);
    }

    /** The panel of the ticket {@code SHA-256(seed) mod m}; the same lottery and seed always give the same panel. */
    public static DrawResult draw(Lottery lottery, String seed) {
        return TicketDraw.draw(lottery, seed);
    }

    /**
     * The pool and panel size of the draw that replaces those who declined.
     *
     * @param accepted members of the drawn panel who accepted
     * @param excluded respondents who may not be drawn again: at least those who declined
     */
    public static ReplacementRound replacementRound(Pool pool, int panelSize, Set<String> accepted,
            Set<String> excluded) {
        return ReplacementRound.of(pool, panelSize, accepted, excluded);
    }

    private static void requirePositive(int panelSize) {
        if (panelSize < 1) {
            throw new IllegalArgumentException("A panel has at least one member, not " + panelSize);
        }
    }
}
