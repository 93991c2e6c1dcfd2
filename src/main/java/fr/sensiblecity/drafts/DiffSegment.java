package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotShownToPeople;

/** A run of words that both versions share, or that the newer one inserted or deleted. */
public record DiffSegment(Kind kind, String text) {

    @NotShownToPeople("shown as inserted or deleted text styling, not as a word")
    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }
}
