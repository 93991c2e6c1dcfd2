package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotShownToPeople;

/**
 * Something participants looking at a draft should see at once: a new amendment, a support, a comment, a vote's
 * turnout or result, a new version, a recommendation's vote or answer. Carries no content: pages re-read what they
 * show, through the permission checks.
 */
public record DraftActivity(long draftId, long subjectId, Kind kind) {

    @NotShownToPeople("tells open pages what to re-read; never shown")
    public enum Kind {
        AMENDMENT,
        RECOMMENDATION,
        CONSULTATION,
        DRAFT
    }
}
