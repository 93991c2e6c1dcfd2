package fr.sensiblecity.ideas;

import java.util.Locale;

/** The orders a reader can list ideas in; each is backed by an index. */
public enum IdeaSort {
    MOST_SUPPORTED("support_count"),
    NEWEST("created_at"),
    TRENDING("trending_score"),
    MOST_DISCUSSED("comment_count");

    private final String column;

    IdeaSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public String labelKey() {
        return "ideas.sort." + name().toLowerCase(Locale.ROOT);
    }
}
