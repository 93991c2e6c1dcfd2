package fr.sensiblecity.ideas;

import fr.sensiblecity.base.Sha256;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
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

    /**
     * Those of {@code residents} who already support the idea; under the idea's lock, nobody can join meanwhile. The
     * transaction must read what was last committed (READ COMMITTED, or this lock as its first statement).
     */
    Set<Long> supportersAmong(long ideaId, Collection<Long> residents) {
        if (residents.isEmpty()) {
            return new HashSet<>();
        }
        StringJoiner ids = new StringJoiner(", ", "(", ")");
        residents.forEach(id -> ids.add(Long.toString(id)));
        return new HashSet<>(jdbc.queryForList("select resident_id from idea_support where idea_id = ? and resident_id in "
                + ids, Long.class, ideaId));
    }

    /**
     * Adds supports from residents who do not support the idea yet (checked under its lock) and returns the idea as
     * it now stands: one round trip for all of them, each with its own link in the chain.
     */
    LockedIdea addAll(LockedIdea idea, List<NewSupport> supports) {
        if (supports.isEmpty()) {
            return idea;
        }
        StringJoiner rows = new StringJoiner(", ", "insert into idea_support (idea_id, resident_id, created_at) values ", "");
        List<Link> links = new ArrayList<>(supports.size());
        double score = idea.trendingScore();
        for (NewSupport support : supports) {
            Instant at = support.at().truncatedTo(ChronoUnit.MICROS);
            rows.add("(" + idea.id() + ", " + support.residentId() + ", " + timestamp(at) + ")");
            links.add(new Link(support.residentId(), SUPPORT, at));
            score = TrendingScore.add(score, support.exponent());
        }
        return write(idea, links, score, rows.toString(), links.size());
    }

    /**
     * Gives the target idea the supports of the source idea's supporters who do not support it yet (nor wrote
     * it), so nobody counts twice. The target must be locked; returns it as it now stands.
     */
    LockedIdea copySupports(long sourceId, LockedIdea target, Instant when, double exponent) {
        List<Long> supporters = jdbc.queryForList("select s.resident_id from idea_support s where s.idea_id = ? "
                + "and not exists (select 1 from idea_support t where t.idea_id = ? and t.resident_id = s.resident_id) "
                + "order by s.created_at, s.resident_id", Long.class, sourceId, target.id());
        List<NewSupport> moved = supporters.stream().filter(supporter -> !Objects.equals(supporter, target.authorId()))
                .map(supporter -> new NewSupport(supporter, when, exponent)).toList();
        LockedIdea current = target;
        for (int from = 0; from < moved.size(); from += 500) {
            current = addAll(current, moved.subList(from, Math.min(moved.size(), from + 500)));
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
        write(idea, List.of(new Link(residentId, WITHDRAW, when.truncatedTo(ChronoUnit.MICROS))), score,
                "delete from idea_support where idea_id = " + idea.id() + " and resident_id = " + residentId, 1);
        return true;
    }

    /**
     * Hands one supporter's support over to another who does not support the idea yet, keeping its date: the trail
     * shows the first withdrawn and the second added at the same instant, and the count does not move.
     */
    LockedIdea transfer(LockedIdea idea, long from, long to, Instant when) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        return write(idea, List.of(new Link(from, WITHDRAW, at), new Link(to, SUPPORT, at)), idea.trendingScore(),
                "update idea_support set resident_id = " + to + " where idea_id = " + idea.id() + " and resident_id = "
                        + from, 1);
    }

    /** The ideas this resident supports, in ascending order: the order in which several are locked. */
    List<Long> supportedIdeas(long residentId) {
        return jdbc.queryForList("select idea_id from idea_support where resident_id = ? order by idea_id", Long.class,
                residentId);
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

    Optional<ChainHead> chainHead(long ideaId) {
        return jdbc.query("select chain_head, chain_seq, chain_head_at from idea where id = ?", (rs, row) -> {
            LocalDateTime at = rs.getObject(3, LocalDateTime.class);
            return new ChainHead(rs.getString(1), rs.getLong(2), at == null ? null : at.toInstant(ZoneOffset.UTC));
        }, ideaId).stream().findFirst();
    }

    boolean supports(long ideaId, long residentId) {
        Integer found = jdbc.queryForObject("select count(*) from idea_support where idea_id = ? and resident_id = ?",
                Integer.class, ideaId, residentId);
        return found != null && found > 0;
    }

    /**
     * The support rows, the idea's count, score and chain head, and the trail's next events, as one statement batch
     * that the driver pipelines: the idea's row stays locked for one round trip instead of three. A batch of
     * different statements cannot be prepared, hence literals; each is a number, a timestamp or a hash made here.
     */
    private LockedIdea write(LockedIdea idea, List<Link> links, double trendingScore, String supportChange,
            int supportRows) {
        long seq = idea.chainSeq();
        String head = idea.chainHead();
        int delta = 0;
        StringJoiner events = new StringJoiner(", ",
                "insert into idea_support_event (idea_id, seq, resident_id, action, at, prev_hash, hash) values ", "");
        for (Link link : links) {
            seq++;
            String hash = chainHash(head, idea.id(), seq, link.residentId(), link.action(), link.at());
            events.add("(" + idea.id() + ", " + seq + ", " + link.residentId() + ", '" + link.action() + "', "
                    + timestamp(link.at()) + ", " + hex(head) + ", " + hex(hash) + ")");
            head = hash;
            delta += SUPPORT.equals(link.action()) ? 1 : -1;
        }
        int[] changed = jdbc.batchUpdate(supportChange,
                "update idea set support_count = support_count + " + delta + ", trending_score = " + number(trendingScore)
                        + ", chain_seq = " + seq + ", chain_head = " + hex(head) + ", chain_head_at = "
                        + timestamp(links.getLast().at()) + " where id = " + idea.id(),
                events.toString());
        if (changed[0] != supportRows || changed[1] != 1 || changed[2] != links.size()) {
            throw new IllegalStateException("a support change of idea " + idea.id() + " wrote " + Arrays.toString(changed));
        }
        return new LockedIdea(idea.id(), idea.state(), idea.authorId(), idea.territoryId(), idea.createdAt(),
                idea.supportCount() + delta, trendingScore, seq, head);
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

    /** A support to add: who, when, and the exponent it adds to the trending score. */
    record NewSupport(long residentId, Instant at, double exponent) {
    }

    private record Link(long residentId, String action, Instant at) {
    }

    /** The idea's row as read under its lock. */
    record LockedIdea(long id, IdeaState state, @Nullable Long authorId, long territoryId, Instant createdAt,
            int supportCount, double trendingScore, long chainSeq, String chainHead) {
    }
}
