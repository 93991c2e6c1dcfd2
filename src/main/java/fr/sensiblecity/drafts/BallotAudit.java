package fr.sensiblecity.drafts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes a draft's results from its ballot box alone: every closed vote's seal must follow from its ballots
 * (count and root) and from the seal before it, the last being the head the draft publishes; the register and the
 * box must hold as many voters as ballots on every subject; and every closed vote's published tally must equal
 * the count of its ballots. Open votes are checked for the register against the box only: their counts stay
 * secret until they close.
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
        for (BallotBox.Seal seal : ballots.seals(draftId)) {
            List<BallotBox.Ballot> box = ballots.ballotsOf(seal.subject(), seal.subjectId());
            String root = BallotBox.root(seal.subject(), seal.subjectId(), box);
            String recomputed = BallotBox.sealHash(head, draftId, seal.seq(), seal.subject(), seal.subjectId(),
                    box.size(), root);
            intact &= seal.seq() == expected && seal.previous().equals(head) && seal.ballots() == box.size()
                    && seal.root().equals(root) && seal.hash().equals(recomputed);
            head = seal.hash();
            expected++;
        }
        String published = jdbc.queryForObject("select chain_head from draft where id = ?", String.class, draftId);
        intact &= head.equals(published);
        boolean oneEach = ballots.registerAgainstBox(draftId).values().stream().allMatch(pair -> pair[0] == pair[1]);
        List<BallotCheck.Recount> recounts = new ArrayList<>();
        recount(recounts, "amendment", BallotBox.Subject.A, "select id, votes_for, votes_against, votes_abstain, "
                + "electorate from amendment where draft_id = ? and state in ('ACCEPTED', 'REJECTED') order by id", draftId);
        recount(recounts, "recommendation", BallotBox.Subject.R, "select id, votes_for, votes_against, "
                + "votes_abstain, electorate from recommendation where draft_id = ? and state = 'CLOSED' order by position",
                draftId);
        return new BallotCheck(intact, oneEach, head, ballots.ballotsIn(draftId), recounts);
    }

    private void recount(List<BallotCheck.Recount> recounts, String label, BallotBox.Subject subject, String closedVotes,
            long draftId) {
        jdbc.query(closedVotes, rs -> {
            long id = rs.getLong(1);
            Map<Choice, Integer> counted = new EnumMap<>(Choice.class);
            ballots.ballotsOf(subject, id).forEach(ballot -> counted.merge(ballot.choice(), 1, Integer::sum));
            int electorate = rs.getInt(5);
            recounts.add(new BallotCheck.Recount(label, id, new Tally(counted.getOrDefault(Choice.FOR, 0),
                    counted.getOrDefault(Choice.AGAINST, 0), counted.getOrDefault(Choice.ABSTAIN, 0), electorate),
                    new Tally(rs.getInt(2), rs.getInt(3), rs.getInt(4), electorate)));
        }, draftId);
    }
}
