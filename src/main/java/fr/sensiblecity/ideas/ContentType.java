package fr.sensiblecity.ideas;

import fr.sensiblecity.moderation.ContentKind;

/** What can be reported and moderated in this module. */
public enum ContentType implements ContentKind {
    IDEA,
    COMMENT;

    @Override
    public String key() {
        return name();
    }

    /** The name a page shows for this kind of content. */
    @Override
    public String labelKey() {
        return "moderation.type." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
