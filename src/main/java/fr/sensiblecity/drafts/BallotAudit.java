package fr.sensiblecity.drafts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes a draft's results from its ballots alone: every hash must follow from the one before and the last
 * must be the head the draft publishes, no voter key may appear twice on a subject, and every closed vote's
 * published tally must equal the count of its ballots. Open votes are checked for the chain only: their counts
 * stay secret until they close.
 */
@Component
class BallotAudit {

    private final BallotBox ballots;
    private final JdbcTemplate jdbc;

    BallotAudit(BallotBox ballots, JdbcTemplate jdbc) {
        this.ballots = ballots;
        this.jdbc = jdbc;
    }

    BallotCheck replay(long draftId) {
        String head = "";
        long expected = 1;
        boolean intact = true;
        boolean oneEach = true;
        Set<String> voted = new HashSet<>();
        Map<String, Map<Choice, Integer>> counts = new LinkedHashMap<>();
        List<BallotBox.Ballot> trail = ballots.trail(draftId);
        for (BallotBox.Ballot ballot : trail) {
            String recomputed = BallotBox.chainHash(head, draftId, ballot.seq(), ballot.subject(), ballot.subjectId(),
                    ballot.voterKey(), ballot.choice(), ballot.at());
            intact &= ballot.seq() == expected && ballot.previous().equals(head) && ballot.hash().equals(recomputed);
            String subject = ballot.subject().name() + ballot.subjectId();
            oneEach &= voted.add(subject + "|" + ballot.voterKey());
            counts.computeIfAbsent(subject, key -> new EnumMap<>(Choice.class)).merge(ballot.choice(), 1, Integer::sum);
            head = ballot.hash();
            expected++;
        }
        intact &= head.equals(ballots.head(draftId));
        List<BallotCheck.Recount> recounts = new ArrayList<>();
        recount(recounts, counts, "amendment", BallotBox.Subject.A, "select id, votes_for, votes_against, votes_abstain, "
                + "electorate from amendment where draft_id = ? and state in ('ACCEPTED', 'REJECTED') order by id", draftId);
        recount(recounts, counts, "recommendation", BallotBox.Subject.R, "select id, votes_for, votes_against, "
                + "votes_abstain, electorate from recommendation where draft_id = ? and state = 'CLOSED' order by position",
                draftId);
        return new BallotCheck(intact, oneEach, head, trail.size(), recounts);
    }

    private void recount(List<BallotCheck.Recount> recounts, Map<String, Map<Choice, Integer>> counts, String label,
            BallotBox.Subject subject, String closedVotes, long draftId) {
        jdbc.query(closedVotes, rs -> {
            long id = rs.getLong(1);
            Map<Choice, Integer> counted = counts.getOrDefault(subject.name() + id, Map.of());
            int electorate = rs.getInt(5);
            recounts.add(new BallotCheck.Recount(label, id, new Tally(counted.getOrDefault(Choice.FOR, 0),
                    counted.getOrDefault(Choice.AGAINST, 0), counted.getOrDefault(Choice.ABSTAIN, 0), electorate),
                    new Tally(rs.getInt(2), rs.getInt(3), rs.getInt(4), electorate)));
        }, draftId);
    }
}
