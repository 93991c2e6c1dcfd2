package fr.sensiblecity.ideas;

/** What can be reported and moderated in this module. */
public enum ContentType {
    IDEA,
    COMMENT
}
