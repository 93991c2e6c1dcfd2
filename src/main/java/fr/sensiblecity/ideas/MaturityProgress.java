package fr.sensiblecity.ideas;

import java.time.Instant;

/**
 * How far an idea stands from maturity: its supports against its territory's threshold, and the end of the window in
 * which they count. {@code gathering} is true while supports can still make it mature.
 */
public record MaturityProgress(int supports, int threshold, Instant windowEnds, long daysLeft, boolean reached,
        boolean gathering) {

    /** Whole percent of the threshold reached, at most 100. */
    public int percentage() {
        if (reached || threshold <= 0) {
            return 100;
        }
        return (int) Math.min(100, (long) supports * 100 / threshold);
    }
}
