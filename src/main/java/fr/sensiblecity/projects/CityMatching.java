package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Milan's rule: when the crowd's pledges reach the crowd share s of the target B, the city adds
 * min(B - pledged, (1 - s) x B, the per-project cap, what is left in the pot). Exact to the cent; the city's share
 * of the target is rounded down, so the city never pays a fraction of a cent more than the rule says.
 */
final class CityMatching {

    private CityMatching() {
    }

    /** Pledges reach s x B, compared exactly (no rounding of the threshold). */
    static boolean reached(BigDecimal pledged, BigDecimal target, BigDecimal crowdShare) {
        return pledged.compareTo(target.multiply(crowdShare)) >= 0;
    }

    /** The threshold to show: s x B rounded up to the cent, the least that reaches it. */
    static BigDecimal threshold(BigDecimal target, BigDecimal crowdShare) {
        return target.multiply(crowdShare).setScale(2, RoundingMode.CEILING);
    }

    /** The city's match; zero when the threshold is not reached. */
    static BigDecimal match(BigDecimal pledged, BigDecimal target, BigDecimal crowdShare, BigDecimal cap,
            BigDecimal potLeft) {
        if (!reached(pledged, target, crowdShare)) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal citysShare = target.multiply(BigDecimal.ONE.subtract(crowdShare)).setScale(2, RoundingMode.DOWN);
        BigDecimal match = target.subtract(pledged).min(citysShare).min(cap).min(potLeft);
        return match.signum() < 0 ? BigDecimal.ZERO.setScale(2) : match.setScale(2, RoundingMode.DOWN);
    }
}
