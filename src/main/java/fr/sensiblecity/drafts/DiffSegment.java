package fr.sensiblecity.drafts;

/** A run of words that both versions share, or that the newer one inserted or deleted. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }
}
