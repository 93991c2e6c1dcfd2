package fr.sensiblecity.panels.sortition;

import java.util.List;

/**
 * The outcome of a draw, with everything needed to check it.
 *
 * @param ticketHash  SHA-256 of the lottery's canonical text, as published before the draw
 * @param ticketIndex {@code SHA-256(seed) mod tickets}, counted from 0 in the published order
 * @param selectedIds the panel, sorted
 */
public record DrawResult(String seed, String ticketHash, int ticketIndex, Composition ticket,
        List<String> selectedIds) {

    public DrawResult {
        selectedIds = List.copyOf(selectedIds);
    }
}
