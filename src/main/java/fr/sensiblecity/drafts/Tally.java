package fr.sensiblecity.drafts;

/** A closed vote's counts, and how many could vote when it closed. */
public record Tally(int forVotes, int against, int abstain, int electorate) {

    public int cast() {
        return forVotes + against + abstain;
    }
}
