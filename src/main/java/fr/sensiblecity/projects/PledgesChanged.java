package fr.sensiblecity.projects;

/** A resident pledged, changed or withdrew a pledge; pages that show the territory's activity refresh. */
public record PledgesChanged(long campaignId, long territoryId) {
}
