package fr.sensiblecity.ideas;

/** A resident posted an idea in a territory; pages that show the territory's activity refresh. */
public record IdeaPosted(long ideaId, long territoryId) {
}
