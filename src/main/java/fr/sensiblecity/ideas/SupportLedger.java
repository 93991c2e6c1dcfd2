package fr.sensiblecity.ideas;

import fr.sensiblecity.base.Sha256;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

    /** Adds the support and returns the idea as it now stands; null if this resident already supports it. */
    @Nullable
    LockedIdea add(LockedIdea idea, long residentId, Instant when, double exponent) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        try {
            jdbc.update("insert into idea_support (idea_id, resident_id, created_at) values (?, ?, ?)", idea.id(),
                    residentId, toDb(at));
        } catch (DuplicateKeyException alreadySupports) {
            return null;
        }
        return record(idea, residentId, SUPPORT, at, 1, TrendingScore.add(idea.trendingScore(), exponent));
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
            if (!java.util.Objects.equals(supporter, target.authorId())) {
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
        jdbc.update("delete from idea_support where idea_id = ? and resident_id = ?", idea.id(), residentId);
        double score = TrendingScore.remove(idea.trendingScore(), trending.exponent(toInstant(given.getFirst())),
                idea.supportCount() - 1);
        record(idea, residentId, WITHDRAW, when.truncatedTo(ChronoUnit.MICROS), -1, score);
        return true;
    }

    /** Moves a published idea to mature; bumps the version so that a stale edit of the idea fails. */
    boolean markMature(long ideaId, Instant when) {
        return jdbc.update("update idea set state = 'MATURE', matured_at = ?, version = version + 1 "
                + "where id = ? and state = 'PUBLISHED'", toDb(when.truncatedTo(ChronoUnit.MICROS)), ideaId) == 1;
    }

    boolean supports(long ideaId, long residentId) {
        Integer found = jdbc.queryForObject("select count(*) from idea_support where idea_id = ? and resident_id = ?",
                Integer.class, ideaId, residentId);
        return found != null && found > 0;
    }

    private LockedIdea record(LockedIdea idea, long residentId, String action, Instant at, int delta, double trendingScore) {
        long seq = idea.chainSeq() + 1;
        String hash = chainHash(idea.chainHead(), idea.id(), seq, residentId, action, at);
        jdbc.update("update idea set support_count = support_count + ?, trending_score = ?, chain_seq = ?, "
                + "chain_head = ? where id = ?", delta, trendingScore, seq, hash, idea.id());
        jdbc.update("insert into idea_support_event (idea_id, seq, resident_id, action, at, prev_hash, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?)", idea.id(), seq, residentId, action, toDb(at), idea.chainHead(), hash);
        return new LockedIdea(idea.id(), idea.state(), idea.authorId(), idea.territoryId(), idea.createdAt(),
                idea.supportCount() + delta, trendingScore, seq, hash);
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
