package fr.sensiblecity.ideas;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays an idea's support trail: every hash must follow from the previous one, the last must be the head the
 * idea publishes, and the supports the trail adds up to must be the count shown.
 */
@Component
class SupportTrail {

    private final JdbcTemplate jdbc;

    SupportTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    TrailCheck replay(long ideaId) {
        List<Event> events = jdbc.query("select seq, resident_id, action, at, prev_hash, hash from idea_support_event "
                + "where idea_id = ? order by seq", (rs, row) -> new Event(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                rs.getString(3), SupportLedger.toInstant(rs.getObject(4, LocalDateTime.class)), rs.getString(5),
                rs.getString(6)), ideaId);
        String head = "";
        long expectedSeq = 1;
        boolean intact = true;
        Set<Long> supporters = new HashSet<>();
        for (Event event : events) {
            String recomputed = SupportLedger.chainHash(head, ideaId, event.seq(), event.residentId(), event.action(),
                    event.at());
            intact &= event.seq() == expectedSeq && event.previous().equals(head) && event.hash().equals(recomputed);
            if (SupportLedger.SUPPORT.equals(event.action())) {
                intact &= supporters.add(event.residentId());
            } else {
                intact &= supporters.remove(event.residentId());
            }
            head = event.hash();
            expectedSeq++;
        }
        String publishedHead = jdbc.queryForObject("select chain_head from idea where id = ?", String.class, ideaId);
        Integer shown = jdbc.queryForObject("select support_count from idea where id = ?", Integer.class, ideaId);
        Integer stored = jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Integer.class, ideaId);
        return new TrailCheck(intact && head.equals(publishedHead), head, supporters.size(), shown == null ? 0 : shown,
                stored == null ? 0 : stored);
    }

    private record Event(long seq, @Nullable Long residentId, String action, Instant at, String previous, String hash) {
    }
}
