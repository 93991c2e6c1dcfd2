package fr.sensiblecity.drafts;

import java.util.List;

/**
 * The result of replaying a draft's ballots: whether every closed vote's seal follows from its ballots and from the
 * seal before it, ending at the published head; whether the register of voters and the ballot box hold as many on
 * every subject (one ballot per voter); and, for every closed vote, the tally recomputed from the ballots next to
 * the one published.
 */
public record BallotCheck(boolean chainIntact, boolean oneVoteEach, String head, int ballots, List<Recount> recounts) {

    public boolean consistent() {
        return chainIntact && oneVoteEach && recounts.stream().allMatch(Recount::matches);
    }

    /** A closed vote: {@code amendment} or {@code recommendation}, its id, the recount and the published tally. */
    public record Recount(String subject, long subjectId, Tally recomputed, Tally published) {

        public boolean matches() {
            return recomputed.forVotes() == published.forVotes() && recomputed.against() == published.against()
                    && recomputed.abstain() == published.abstain();
        }
    }
}
