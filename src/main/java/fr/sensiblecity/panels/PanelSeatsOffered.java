package fr.sensiblecity.panels;

import java.util.Set;

/** A draw offered seats: the residents drawn are asked to accept, reserves are told they may be called. */
public record PanelSeatsOffered(long panelId, String question, Set<Long> offeredTo, Set<Long> reserves) {
}
