package fr.sensiblecity.drafts;

import java.util.Locale;

/**
 * What a vote's percentage is taken of. {@code MEMBERS}: everyone entitled to vote, so abstaining or not voting
 * counts like voting against. {@code CAST}: votes for and against only; abstentions are recorded and published
 * but, as blank votes in French elections, are not votes cast.
 */
public enum VoteBase {
    MEMBERS,
    CAST;

    public String labelKey() {
        return "drafts.base." + name().toLowerCase(Locale.ROOT);
    }
}
