package fr.sensiblecity.panels.sortition;

import java.util.List;

/**
 * A panel described by how many members it takes from each profile, in the order of {@link
 * PanelDistribution#profiles()}. Which members of a profile sit on the panel is decided only at the draw.
 */
public record Composition(List<Integer> counts) implements Comparable<Composition> {

    public Composition {
        counts = List.copyOf(counts);
    }

    static Composition of(int[] counts) {
        return new Composition(java.util.Arrays.stream(counts).boxed().toList());
    }

    int[] toArray() {
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }

    public int count(int profileIndex) {
        return counts.get(profileIndex);
    }

    public int panelSize() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** Lexicographic on the counts: the order of tickets in the published list. */
    @Override
    public int compareTo(Composition other) {
        for (int i = 0; i < Math.min(counts.size(), other.counts.size()); i++) {
            int difference = Integer.compare(counts.get(i), other.counts.get(i));
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(counts.size(), other.counts.size());
    }
}
