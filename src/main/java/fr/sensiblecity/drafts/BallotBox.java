package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotShownToPeople;
import fr.sensiblecity.base.Sha256;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secret ballots, in SQL, as the CNIL recommends for online votes: the register of who voted ({@code
 * ballot_register}) is kept apart from the ballot box ({@code ballot_box}), and nothing links the two. The register
 * enforces one vote each (its primary key) and gives the turnout; a ballot holds only the subject and the choice,
 * under a random id (the hash of the receipt its voter was shown), with no voter, time or sequence, so the order of
 * the rows tells nothing. Both rows go in the voter's transaction, under the subject's row lock taken by the
 * caller. When a vote closes, {@link #seal} chains its ballots in the order of their ids and links the seal to the
 * draft's chain. Nothing here updates or deletes a ballot. Counts are read only for a closing or closed vote.
 */
@Component
class BallotBox {

    /** What a ballot is about: an amendment or a recommendation. */
    @NotShownToPeople("which table a ballot goes to; internal")
    enum Subject {
        A,
        R
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RECEIPT_BYTES = 10;

    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers the voter and drops their ballot in the box; returns the receipt to show them, or nothing if they
     * had already voted on the subject. The caller holds the subject's row lock, so the check and the two inserts
     * cannot interleave with another ballot on the same subject.
     */
    Optional<String> cast(long draftId, Subject subject, long subjectId, long voterId, Choice choice) {
        String key = voterKey(salt(draftId), voterId);
        try {
            jdbc.update("insert into ballot_register (subject_type, subject_id, voter_key, voter_id, draft_id) "
                    + "values (?, ?, ?, ?, ?)", subject.name(), subjectId, key, voterId, draftId);
        } catch (DuplicateKeyException alreadyVoted) {
            return Optional.empty();
        }
        String receipt = newReceipt();
        jdbc.update("insert into ballot_box (subject_type, subject_id, id, draft_id, choice) values (?, ?, ?, ?, ?)",
                subject.name(), subjectId, ballotId(receipt), draftId, choice.name());
        return Optional.of(receipt);
    }

    /** Whether the resident voted on the subject: the register says so, never how. */
    boolean hasVoted(long draftId, Subject subject, long subjectId, long voterId) {
        Integer found = jdbc.queryForObject("select count(*) from ballot_register where subject_type = ? and subject_id = ? "
                + "and voter_key = ?", Integer.class, subject.name(), subjectId, voterKey(salt(draftId), voterId));
        return found != null && found > 0;
    }

    /** How many have voted so far: public while the vote runs, unlike how they voted. */
    int turnout(Subject subject, long subjectId) {
        Integer count = jdbc.queryForObject("select count(*) from ballot_register where subject_type = ? and subject_id = ?",
                Integer.class, subject.name(), subjectId);
        return count == null ? 0 : count;
    }

    Tally count(Subject subject, long subjectId, int electorate) {
        Map<Choice, Integer> counts = new EnumMap<>(Choice.class);
        jdbc.query("select choice, count(*) from ballot_box where subject_type = ? and subject_id = ? group by choice",
                rs -> {
                    counts.put(Choice.valueOf(rs.getString(1)), rs.getInt(2));
                }, subject.name(), subjectId);
        return new Tally(counts.getOrDefault(Choice.FOR, 0), counts.getOrDefault(Choice.AGAINST, 0),
                counts.getOrDefault(Choice.ABSTAIN, 0), electorate);
    }

    /**
     * Seals a closed vote: its ballots chained in the order of their random ids, and that root appended to the
     * draft's chain under the draft's row lock. A vote is sealed once; sealing it again changes nothing.
     */
    void seal(long draftId, Subject subject, long subjectId) {
        var head = jdbc.queryForMap("select chain_seq, chain_head from draft where id = ? for update", draftId);
        Integer sealed = jdbc.queryForObject("select count(*) from ballot_seal where subject_type = ? and subject_id = ?",
                Integer.class, subject.name(), subjectId);
        if (sealed != null && sealed > 0) {
            return;
        }
        List<Ballot> ballots = ballotsOf(subject, subjectId);
        long seq = ((Number) head.get("chain_seq")).longValue() + 1;
        String previous = (String) head.get("chain_head");
        String root = root(subject, subjectId, ballots);
        String hash = sealHash(previous, draftId, seq, subject, subjectId, ballots.size(), root);
        jdbc.update("insert into ballot_seal (subject_type, subject_id, draft_id, seq, ballots, root, prev_hash, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", subject.name(), subjectId, draftId, seq, ballots.size(), root, previous,
                hash);
        jdbc.update("update draft set chain_seq = ?, chain_head = ? where id = ?", seq, hash, draftId);
    }

    /** A subject's ballots in the order of their ids, which is random: the order they are sealed and replayed in. */
    List<Ballot> ballotsOf(Subject subject, long subjectId) {
        return jdbc.query("select id, choice from ballot_box where subject_type = ? and subject_id = ? order by id",
                (rs, row) -> new Ballot(rs.getString(1), Choice.valueOf(rs.getString(2))), subject.name(), subjectId);
    }

    /** The draft's seals in chain order, for replaying. */
    List<Seal> seals(long draftId) {
        return jdbc.query("select seq, subject_type, subject_id, ballots, root, prev_hash, hash from ballot_seal "
                + "where draft_id = ? order by seq", (rs, row) -> new Seal(rs.getLong(1), Subject.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)), draftId);
    }

    int ballotsIn(long draftId) {
        Integer count = jdbc.queryForObject("select count(*) from ballot_box where draft_id = ?", Integer.class, draftId);
        return count == null ? 0 : count;
    }

    /** Per subject of the draft: how many voters the register holds, and how many ballots the box. */
    Map<String, int[]> registerAgainstBox(long draftId) {
        Map<String, int[]> counts = new java.util.HashMap<>();
        jdbc.query("select subject_type, subject_id, count(*) from ballot_register where draft_id = ? "
                + "group by subject_type, subject_id", rs -> {
                    counts.computeIfAbsent(rs.getString(1) + rs.getLong(2), key -> new int[2])[0] = rs.getInt(3);
                }, draftId);
        jdbc.query("select subject_type, subject_id, count(*) from ballot_box where draft_id = ? "
                + "group by subject_type, subject_id", rs -> {
                    counts.computeIfAbsent(rs.getString(1) + rs.getLong(2), key -> new int[2])[1] = rs.getInt(3);
                }, draftId);
        return counts;
    }

    /** The ballot a receipt stands for, if it is in the draft's box: its subject and choice. */
    Optional<Found> findByReceipt(long draftId, String receipt) {
        String normalised = normalise(receipt);
        if (normalised.length() != RECEIPT_BYTES * 2) {
            return Optional.empty();
        }
        return jdbc.query("select subject_type, subject_id, choice from ballot_box where draft_id = ? and id = ?",
                (rs, row) -> new Found(Subject.valueOf(rs.getString(1)), rs.getLong(2), Choice.valueOf(rs.getString(3))),
                draftId, ballotId(normalised)).stream().findFirst();
    }

    boolean sealed(Subject subject, long subjectId) {
        Integer count = jdbc.queryForObject("select count(*) from ballot_seal where subject_type = ? and subject_id = ?",
                Integer.class, subject.name(), subjectId);
        return count != null && count > 0;
    }

    /** Erasure keeps the register's line (the one-vote rule and the turnout need it) and forgets whose it was. */
    void forget(long voterId) {
        jdbc.update("update ballot_register set voter_id = null where voter_id = ?", voterId);
    }

    /** Subjects the resident voted on, for their data download: only that they voted, never how or when. */
    List<Participation> votedBy(long voterId) {
        return jdbc.query("select subject_type, subject_id from ballot_register where voter_id = ? "
                + "order by subject_type, subject_id", (rs, row) -> new Participation(Subject.valueOf(rs.getString(1)),
                rs.getLong(2)), voterId);
    }

    private String salt(long draftId) {
        return jdbc.queryForObject("select ballot_salt from draft where id = ?", String.class, draftId);
    }

    static String voterKey(String salt, long voterId) {
        return Sha256.hex(salt + "|" + voterId);
    }

    /** Twenty hexadecimal digits in groups of four, e.g. {@code 3F9A-12BC-0D4E-77A1-C2B5}. */
    private static String newReceipt() {
        byte[] bytes = new byte[RECEIPT_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static String display(String receipt) {
        return String.join("-", receipt.split("(?<=\\G.{4})"));
    }

    private static String normalise(String receipt) {
        return receipt == null ? "" : receipt.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }

    static String ballotId(String receipt) {
        return Sha256.hex("ballot|" + normalise(receipt));
    }

    static String root(Subject subject, long subjectId, List<Ballot> ballots) {
        String root = "";
        for (Ballot ballot : ballots) {
            root = Sha256.hex(String.join("|", root, subject.name(), Long.toString(subjectId), ballot.id(),
                    ballot.choice().name()));
        }
        return root;
    }

    static String sealHash(String previous, long draftId, long seq, Subject subject, long subjectId, int ballots,
            String root) {
        return Sha256.hex(String.join("|", previous, Long.toString(draftId), Long.toString(seq), subject.name(),
                Long.toString(subjectId), Integer.toString(ballots), root));
    }

    record Ballot(String id, Choice choice) {
    }

    record Seal(long seq, Subject subject, long subjectId, int ballots, String root, String previous, String hash) {
    }

    record Found(Subject subject, long subjectId, Choice choice) {
    }

    /** That a voter took part in a vote; not how, nor when. */
    record Participation(Subject subject, long subjectId) {
    }
}
