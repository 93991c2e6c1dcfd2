package fr.sensiblecity.drafts;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals, at start-up, the votes that closed before ballots were sealed at closing (their ballots were moved out of
 * the old table by V52): each gets its seal in the draft's chain, as if it had just closed. Finds nothing to do
 * once done. A vote closed since is sealed by the service that closes it.
 */
@Component
@Order(0)
class BallotSeals implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final BallotBox ballots;
    private final TransactionTemplate transaction;

    BallotSeals(JdbcTemplate jdbc, BallotBox ballots, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.ballots = ballots;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<Object[]> unsealed = jdbc.query("select draft_id, 'A', id from amendment a where state in ('ACCEPTED', 'REJECTED') "
                + "and not exists (select 1 from ballot_seal s where s.subject_type = 'A' and s.subject_id = a.id) "
                + "union all select draft_id, 'R', id from recommendation r where state = 'CLOSED' "
                + "and not exists (select 1 from ballot_seal s where s.subject_type = 'R' and s.subject_id = r.id) "
                + "order by 1, 2, 3", (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)});
        for (Object[] vote : unsealed) {
            try {
                transaction.executeWithoutResult(status -> ballots.seal((Long) vote[0],
                        BallotBox.Subject.valueOf((String) vote[1]), (Long) vote[2]));
            } catch (DataIntegrityViolationException anotherInstanceSealedItFirst) {
                // Two instances starting together: the vote is sealed, which is all this job wants.
            }
        }
    }
}
