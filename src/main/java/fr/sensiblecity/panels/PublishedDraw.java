package fr.sensiblecity.panels;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One round of a panel's draw as anyone may read it: what was published before the draw (the ticket list, its
 * hash, every volunteer's probability, how the seed would be chosen) and, once drawn, the seed and the selection.
 *
 * @param round       0 for the panel and its reserves, then 1, 2... for replacements
 * @param selected    pool numbers of the people drawn, sorted; empty until the draw
 * @param reserves    pool numbers of the reserves, in the order they would be called
 * @param fairMinimumProbability the fair distribution's lowest probability, before rounding to tickets (null for
 *                    lotteries published before it was kept)
 * @param largestLoss the largest drop of anyone's probability from the fair distribution caused by the rounding
 */
public record PublishedDraw(long panelId, int round, int seats, int poolSize, String seedAnnouncement,
        String ticketHash, String tickets, String probabilities, double minimumProbability, Instant publishedAt,
        @Nullable String seed, @Nullable Integer ticketIndex, List<String> selected, List<String> reserves,
        @Nullable Instant drawnAt, @Nullable Double fairMinimumProbability, @Nullable Double largestLoss) {

    public boolean drawn() {
        return seed != null;
    }

    /** The number of tickets, m, as the ticket list states it. */
    public int ticketCount() {
        return tickets.lines().filter(line -> line.startsWith("tickets ")).findFirst()
                .map(line -> Integer.parseInt(line.substring("tickets ".length()).strip())).orElse(0);
    }

    /** Whether the rounding made someone lose more than one ticket's worth (1/m) against the fair distribution. */
    public boolean lostMoreThanOneTicket() {
        return largestLoss != null && ticketCount() > 0 && largestLoss > 1.0 / ticketCount() + 1e-9;
    }

    /** Profiles of the ticket list. */
    public long profileCount() {
        return tickets.lines().filter(line -> line.startsWith("profile ")).count();
    }

    /** Profiles of the ticket list published with some features hidden ({@link PublishedProfiles}). */
    public long profilesWithHiddenFeatures() {
        return tickets.lines().filter(line -> line.startsWith("profile ") && line.contains("=" + PublishedProfiles.HIDDEN))
                .count();
    }
}
