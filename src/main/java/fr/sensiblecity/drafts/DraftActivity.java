package fr.sensiblecity.drafts;

/**
 * Something participants looking at a draft should see at once: a new amendment, a support, a comment, a vote's
 * turnout or result, a new version, a recommendation's vote or answer. Carries no content: pages re-read what they
 * show, through the permission checks.
 */
public record DraftActivity(long draftId, long subjectId, Kind kind) {

    public enum Kind {
        AMENDMENT,
        RECOMMENDATION,
        CONSULTATION,
        DRAFT
    }
}
