package fr.sensiblecity.ideas;

/** Key numbers of a territory's ideas (or of all): listed ideas and the supports they gathered. */
public record IdeaFigures(long ideas, long supports) {
}
