package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a ticket and then the members of each profile it seats, from the seed alone (see {@link Lottery} for the
 * protocol). Within a profile of n members (sorted ids, as published) a ticket seats c of them: for j = 0..c-1,
 * r = SHA-256(seed + "|" + profile index + "|" + j) mod (n - j), swap positions j and j + r; the first c are in.
 * That is a partial Fisher-Yates shuffle, so every c-subset is equally likely and each member's chance is c / n.
 */
final class TicketDraw {

    private TicketDraw() {
    }

    static DrawResult draw(Lottery lottery, String seed) {
        int index = SeededChoice.below(seed, lottery.tickets().size());
        Composition ticket = lottery.tickets().get(index);
        List<String> selected = new ArrayList<>();
        List<Profile> profiles = lottery.distribution().profiles();
        for (int p = 0; p < profiles.size(); p++) {
            List<String> members = new ArrayList<>(profiles.get(p).memberIds());
            int seats = ticket.count(p);
            for (int j = 0; j < seats; j++) {
                int r = SeededChoice.below(seed + "|" + p + "|" + j, members.size() - j);
                String swapped = members.get(j);
                members.set(j, members.get(j + r));
                members.set(j + r, swapped);
            }
            selected.addAll(members.subList(0, seats));
        }
        selected.sort(null);
        return new DrawResult(seed, lottery.sha256(), index, ticket, selected);
    }
}
