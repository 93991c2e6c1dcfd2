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
 */
public record PublishedDraw(long panelId, int round, int seats, int poolSize, String seedAnnouncement,
        String ticketHash, String tickets, String probabilities, double minimumProbability, Instant publishedAt,
        @Nullable String seed, @Nullable Integer ticketIndex, List<String> selected, List<String> reserves,
        @Nullable Instant drawnAt) {

    public boolean drawn() {
        return seed != null;
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
