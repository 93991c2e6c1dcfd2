package fr.sensiblecity.ideas;

import fr.sensiblecity.base.Sha256;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Supports in SQL, for exact counts at high concurrency: every change to an idea's supports first locks the
 * idea's row, so the count, the trending score and the audit chain move together and never race. Runs inside
 * the caller's transaction.
 */
@Component
class SupportLedger {

    static final String SUPPORT = "SUPPORT";
    static final String WITHDRAW = "WITHDRAW";

    private final JdbcTemplate jdbc;

    SupportLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The idea's row, locked until the transaction ends. */
    Optional<LockedIdea> lock(long ideaId) {
        List<LockedIdea> rows = jdbc.query("select state, author_id, territory_id, created_at, support_count, "
                + "trending_score, chain_seq, chain_head from idea where id = ? for update",
                (rs, row) -> new LockedIdea(ideaId, IdeaState.valueOf(rs.getString(1)), (Long) rs.getObject(2, Long.class),
                        rs.getLong(3), toInstant(rs.getObject(4, LocalDateTime.class)), rs.getInt(5), rs.getDouble(6),
                        rs.getLong(7), rs.getString(8)), ideaId);
        return rows.stream().findFirst();
    }

    /**
     * Adds the support and returns the idea as it now stands; null if this resident already supports it. The count
     * and the chain travel in the same round trip as the support, so a refused support marks the transaction
     * rollback-only to undo them.
     */
    @Nullable
    LockedIdea add(LockedIdea idea, long residentId, Instant when, double exponent) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        try {
            return write(idea, residentId, SUPPORT, at, 1, TrendingScore.add(idea.trendingScore(), exponent),
                    "insert into idea_support (idea_id, resident_id, created_at) values (" + idea.id() + ", " + residentId
                            + ", " + timestamp(at) + ")");
        } catch (DuplicateKeyException alreadySupports) {
            TransactionInterceptor.currentTransactionStatus().setRollbackOnly();
            return null;
        }
    }

    /**
     * Gives the target idea the supports of the source idea's supporters who do not support it yet (nor wrote
     * it), so nobody counts twice. The target must be locked; returns it as it now stands.
     */
    LockedIdea copySupports(long sourceId, LockedIdea target, Instant when, double exponent) {
        List<Long> supporters = jdbc.queryForList("select s.resident_id from idea_support s where s.idea_id = ? "
                + "and not exists (select 1 from idea_support t where t.idea_id = ? and t.resident_id = s.resident_id) "
                + "order by s.created_at, s.resident_id", Long.class, sourceId, target.id());
        LockedIdea current = target;
        for (long supporter : supporters) {
            if (!Objects.equals(supporter, target.authorId())) {
                LockedIdea after = add(current, supporter, when, exponent);
                current = after == null ? current : after;
            }
        }
        return current;
    }

    /** Withdraws the support; false if this resident did not support the idea. */
    boolean remove(LockedIdea idea, long residentId, Instant when, TrendingScore trending) {
        List<LocalDateTime> given = jdbc.queryForList(
                "select created_at from idea_support where idea_id = ? and resident_id = ?", LocalDateTime.class,
                idea.id(), residentId);
        if (given.isEmpty()) {
            return false;
        }
        double score = TrendingScore.remove(idea.trendingScore(), trending.exponent(toInstant(given.getFirst())),
                idea.supportCount() - 1);
        write(idea, residentId, WITHDRAW, when.truncatedTo(ChronoUnit.MICROS), -1, score,
                "delete from idea_support where idea_id = " + idea.id() + " and resident_id = " + residentId);
        return true;
    }

    /** Moves a published idea to mature; bumps the version so that a stale edit of the idea fails. */
    boolean markMature(long ideaId, Instant when) {
        return jdbc.update("update idea set state = 'MATURE', matured_at = ?, version = version + 1 "
                + "where id = ? and state = 'PUBLISHED'", toDb(when.truncatedTo(ChronoUnit.MICROS)), ideaId) == 1;
    }

    List<Long> supporters(long ideaId) {
        return jdbc.queryForList("select resident_id from idea_support where idea_id = ? order by resident_id",
                Long.class, ideaId);
    }

    boolean supports(long ideaId, long residentId) {
        Integer found = jdbc.queryForObject("select count(*) from idea_support where idea_id = ? and resident_id = ?",
                Integer.class, ideaId, residentId);
        return found != null && found > 0;
    }

    /**
     * The support row, the idea's count, score and chain head, and the trail's next event, as one statement batch
     * that the driver pipelines: the idea's row stays locked for one round trip instead of three. A batch of
     * different statements cannot be prepared, hence literals; each is a number, a timestamp or a hash made here.
     */
    private LockedIdea write(LockedIdea idea, long residentId, String action, Instant at, int delta, double trendingScore,
            String supportChange) {
        long seq = idea.chainSeq() + 1;
        String hash = chainHash(idea.chainHead(), idea.id(), seq, residentId, action, at);
        int[] changed = jdbc.batchUpdate(supportChange,
                "update idea set support_count = support_count + " + delta + ", trending_score = " + number(trendingScore)
                        + ", chain_seq = " + seq + ", chain_head = " + hex(hash) + " where id = " + idea.id(),
                "insert into idea_support_event (idea_id, seq, resident_id, action, at, prev_hash, hash) values ("
                        + idea.id() + ", " + seq + ", " + residentId + ", '" + action + "', " + timestamp(at) + ", "
                        + hex(idea.chainHead()) + ", " + hex(hash) + ")");
        for (int rows : changed) {
            if (rows == 0) {
                throw new IllegalStateException("a support change of idea " + idea.id() + " wrote nothing");
            }
        }
        return new LockedIdea(idea.id(), idea.state(), idea.authorId(), idea.territoryId(), idea.createdAt(),
                idea.supportCount() + delta, trendingScore, seq, hash);
    }

    /** A typed literal with microseconds, written by hand: this runs under the idea's lock. */
    private static String timestamp(Instant at) {
        LocalDateTime t = toDb(at);
        StringBuilder literal = new StringBuilder(40).append("timestamp '").append(t.getYear());
        pad(literal.append('-'), t.getMonthValue(), 2);
        pad(literal.append('-'), t.getDayOfMonth(), 2);
        pad(literal.append(' '), t.getHour(), 2);
        pad(literal.append(':'), t.getMinute(), 2);
        pad(literal.append(':'), t.getSecond(), 2);
        pad(literal.append('.'), t.getNano() / 1_000, 6);
        return literal.append('\'').toString();
    }

    private static void pad(StringBuilder literal, int value, int digits) {
        String text = Integer.toString(value);
        literal.repeat('0', Math.max(0, digits - text.length())).append(text);
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("trending score out of range: " + value);
        }
        return Double.toString(value);
    }

    private static String hex(String hash) {
        boolean valid = hash.length() <= 64;
        for (int i = 0; valid && i < hash.length(); i++) {
            char c = hash.charAt(i);
            valid = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        }
        if (!valid) {
            throw new IllegalStateException("not a hash: " + hash);
        }
        return "'" + hash + "'";
    }

    static String chainHash(String previous, long ideaId, long seq, @Nullable Long residentId, String action, Instant at) {
        String line = previous + "|" + ideaId + "|" + seq + "|" + (residentId == null ? "" : residentId) + "|" + action
                + "|" + ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Sha256.hex(line);
    }


    static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant toInstant(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }

    /** The idea's row as read under its lock. */
    record LockedIdea(long id, IdeaState state, @Nullable Long authorId, long territoryId, Instant createdAt,
            int supportCount, double trendingScore, long chainSeq, String chainHead) {
    }
}
