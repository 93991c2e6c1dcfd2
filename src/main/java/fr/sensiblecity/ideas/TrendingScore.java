package fr.sensiblecity.ideas;

import java.time.Duration;
import java.time.Instant;

/**
 * "Trending" ranks by the sum of supports each weighted 2^((t - epoch) / half-life): a support given one
 * half-life later weighs twice as much, so ranking by the sum is ranking by supports that decay with age, without
 * ever recomputing old ones. The sum is kept as its base-2 logarithm so that it never overflows.
 */
final class TrendingScore {

    static final double NONE = -1_000_000_000d;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final double halfLifeSeconds;

    TrendingScore(Duration halfLife) {
        this.halfLifeSeconds = halfLife.toSeconds();
    }

    double exponent(Instant supportedAt) {
        return Duration.between(EPOCH, supportedAt).toSeconds() / halfLifeSeconds;
    }

    static double add(double logSum, double exponent) {
        if (logSum <= NONE) {
            return exponent;
        }
        double high = Math.max(logSum, exponent);
        double low = Math.min(logSum, exponent);
        return high + log2(1 + Math.pow(2, low - high));
    }

    static double remove(double logSum, double exponent, int remainingSupports) {
        if (remainingSupports == 0 || exponent >= logSum) {
            return NONE;
        }
        return logSum + log2(1 - Math.pow(2, exponent - logSum));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
