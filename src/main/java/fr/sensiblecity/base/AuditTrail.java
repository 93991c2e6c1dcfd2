package fr.sensiblecity.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of what staff did: who, what, when and why. Each entry's hash covers the previous
 * one's, so the head hash, once published, vouches for the whole history. Entries are written in the caller's
 * transaction: an action that rolls back leaves no entry, and an entry that fails rolls the action back.
 */
@Component
public class AuditTrail {

    private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong(1),
            (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
            rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(8), rs.getString(9));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(@Nullable Long actorId, String action, String targetType, long targetId, String reason) {
        var head = jdbc.queryForMap("select seq, hash from audit_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue() + 1;
        String previous = (String) head.get("hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(previous, seq, actorId, action, targetType, targetId, reason, at);
        jdbc.update("insert into audit_entry (seq, actor_id, action, target_type, target_id, reason, at, prev_hash, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, actorId, action, targetType, targetId, reason,
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), previous, hash);
        jdbc.update("update audit_head set seq = ?, hash = ? where id = 1", seq, hash);
        return new AuditEntry(seq, actorId, action, targetType, targetId, reason, at, previous, hash);
    }

    /** Records an entry whose details the audit page can show in the reader's language. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(@Nullable Long actorId, String action, String targetType, long targetId,
            AuditDetails details) {
        return append(actorId, action, targetType, targetId, details.encode());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> newestFirst(int offset, int limit) {
        return jdbc.query("select seq, actor_id, action, target_type, target_id, reason, at, prev_hash, hash "
                + "from audit_entry order by seq desc limit ? offset ?", ENTRY, limit, offset);
    }

    /** Replays the whole trail; true when every hash follows from the one before and the head matches. */
    @Transactional(readOnly = true)
    public boolean verify() {
        String previous = "";
        long expected = 1;
        for (AuditEntry entry : jdbc.query("select seq, actor_id, action, target_type, target_id, reason, at, "
                + "prev_hash, hash from audit_entry order by seq", ENTRY)) {
            String recomputed = hash(previous, entry.seq(), entry.actorId(), entry.action(), entry.targetType(),
                    entry.targetId(), entry.reason(), entry.at());
            if (entry.seq() != expected || !entry.previousHash().equals(previous) || !entry.hash().equals(recomputed)) {
                return false;
            }
            previous = entry.hash();
            expected++;
        }
        return previous.equals(jdbc.queryForObject("select hash from audit_head where id = 1", String.class));
    }

    @Transactional(readOnly = true)
    public String head() {
        return jdbc.queryForObject("select hash from audit_head where id = 1", String.class);
    }

    private static String hash(String previous, long seq, @Nullable Long actorId, String action, String targetType,
            long targetId, String reason, Instant at) {
        String line = String.join("|", previous, Long.toString(seq), actorId == null ? "" : actorId.toString(), action,
                targetType, Long.toString(targetId), reason, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)));
        return Sha256.hex(line);
    }
}
