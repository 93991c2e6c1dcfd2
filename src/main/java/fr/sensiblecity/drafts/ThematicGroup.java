package fr.sensiblecity.drafts;

/** A thematic group of an open process. */
public record ThematicGroup(long id, String name) {
}
