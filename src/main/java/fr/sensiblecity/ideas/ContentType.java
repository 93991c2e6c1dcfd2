package fr.sensiblecity.ideas;

/** What can be reported and moderated in this module. */
public enum ContentType {
    IDEA,
    COMMENT;

    /** The name a page shows for this kind of content. */
    public String labelKey() {
        return "moderation.type." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
