package fr.sensiblecity.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A closed vote's counts, and how many could vote when it closed. Amendments and recommendations keep theirs in
 * the same four columns, empty until the vote closes.
 */
@Embeddable
public record Tally(@Column(name = "votes_for") int forVotes, @Column(name = "votes_against") int against,
        @Column(name = "votes_abstain") int abstain, @Column(name = "electorate") int electorate) {

    public int cast() {
        return forVotes + against + abstain;
    }
}
