package fr.sensiblecity.drafts;

/**
 * When a vote passes: the votes for reach {@code percent} of the base ({@code strict}: exceed it, as a majority
 * must). Integer arithmetic only, so 80% of 10 is exactly 8 and no rounding ever decides a vote.
 */
public record VoteRule(int percent, VoteBase base, boolean strict) {

    public VoteRule {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a vote's threshold is 1 to 100 percent, not " + percent);
        }
    }

    public boolean passes(Tally tally) {
        long denominator = base == VoteBase.MEMBERS ? tally.electorate() : (long) tally.forVotes() + tally.against();
        if (denominator == 0) {
            return false;
        }
        long support = 100L * tally.forVotes();
        long needed = (long) percent * denominator;
        return strict ? support > needed : support >= needed;
    }
}
