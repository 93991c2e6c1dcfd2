package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotShownToPeople;
import fr.sensiblecity.base.Sha256;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secret ballots, in SQL. A ballot is appended under the draft's row lock, so the chain never forks; the unique
 * key (subject, voter key) makes a second vote impossible even if a check were missed; nothing here updates or
 * deletes a ballot. Counts are only ever read for a vote that is closing or closed, or for the voter's own choice.
 */
@Component
class BallotBox {

    /** What a ballot is about: an amendment or a recommendation. */
    @NotShownToPeople("which table a ballot goes to; internal")
    enum Subject {
        A,
        R
    }

    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the ballot; false if this voter already voted on the subject. Runs inside the caller's transaction,
     * which must read committed data: the check for an earlier ballot runs after the draft's lock is taken. */
    boolean cast(long draftId, Subject subject, long subjectId, long voterId, Choice choice, Instant when) {
        var head = jdbc.queryForMap("select chain_seq, chain_head, ballot_salt from draft where id = ? for update", draftId);
        String key = voterKey((String) head.get("ballot_salt"), voterId);
        Integer already = jdbc.queryForObject("select count(*) from ballot where subject_type = ? and subject_id = ? "
                + "and voter_key = ?", Integer.class, subject.name(), subjectId, key);
        if (already != null && already > 0) {
            return false;
        }
        long seq = ((Number) head.get("chain_seq")).longValue() + 1;
        String previous = (String) head.get("chain_head");
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        String hash = chainHash(previous, draftId, seq, subject, subjectId, key, choice, at);
        try {
            jdbc.update("insert into ballot (draft_id, seq, subject_type, subject_id, voter_key, voter_id, choice, cast_at, "
                    + "prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", draftId, seq, subject.name(), subjectId,
                    key, voterId, choice.name(), LocalDateTime.ofInstant(at, ZoneOffset.UTC), previous, hash);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        jdbc.update("update draft set chain_seq = ?, chain_head = ? where id = ?", seq, hash, draftId);
        return true;
    }

    Optional<Choice> choiceOf(long draftId, Subject subject, long subjectId, long voterId) {
        String salt = jdbc.queryForObject("select ballot_salt from draft where id = ?", String.class, draftId);
        return jdbc.queryForList("select choice from ballot where subject_type = ? and subject_id = ? and voter_key = ?",
                String.class, subject.name(), subjectId, voterKey(salt, voterId)).stream().findFirst().map(Choice::valueOf);
    }

    /** How many have voted so far: public while the vote runs, unlike how they voted. */
    int turnout(Subject subject, long subjectId) {
        Integer count = jdbc.queryForObject("select count(*) from ballot where subject_type = ? and subject_id = ?",
                Integer.class, subject.name(), subjectId);
        return count == null ? 0 : count;
    }

    Tally count(Subject subject, long subjectId, int electorate) {
        Map<Choice, Integer> counts = new EnumMap<>(Choice.class);
        jdbc.query("select choice, count(*) from ballot where subject_type = ? and subject_id = ? group by choice",
                rs -> {
                    counts.put(Choice.valueOf(rs.getString(1)), rs.getInt(2));
                }, subject.name(), subjectId);
        return new Tally(counts.getOrDefault(Choice.FOR, 0), counts.getOrDefault(Choice.AGAINST, 0),
                counts.getOrDefault(Choice.ABSTAIN, 0), electorate);
    }

    /** The draft's ballots in chain order, for replaying. */
    List<Ballot> trail(long draftId) {
        return jdbc.query("select seq, subject_type, subject_id, voter_key, choice, cast_at, prev_hash, hash from ballot "
                + "where draft_id = ? order by seq", (rs, row) -> new Ballot(rs.getLong(1), Subject.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getString(4), Choice.valueOf(rs.getString(5)),
                rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(7), rs.getString(8)), draftId);
    }

    String head(long draftId) {
        return jdbc.queryForObject("select chain_head from draft where id = ?", String.class, draftId);
    }

    /** Erasure keeps the ballot (the chain and the counts need it) and forgets whose it was. */
    void forget(long voterId) {
        jdbc.update("update ballot set voter_id = null where voter_id = ?", voterId);
    }

    /** Subjects the resident voted on, for their data download: only that they voted, never how. */
    List<Participation> votedBy(long voterId) {
        return jdbc.query("select subject_type, subject_id, cast_at from ballot where voter_id = ? order by cast_at",
                (rs, row) -> new Participation(Subject.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)), voterId);
    }

    static String voterKey(String salt, long voterId) {
        return Sha256.hex(salt + "|" + voterId);
    }

    static String chainHash(String previous, long draftId, long seq, Subject subject, long subjectId, String voterKey,
            Choice choice, Instant at) {
        return Sha256.hex(String.join("|", previous, Long.toString(draftId), Long.toString(seq), subject.name(),
                Long.toString(subjectId), voterKey, choice.name(), Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at))));
    }

    record Ballot(long seq, Subject subject, long subjectId, String voterKey, Choice choice,
            Instant at, String previous, String hash) {
    }

    /** That a voter took part in a vote, and when; not how. */
    record Participation(Subject subject, long subjectId, Instant at) {
    }
}
