package fr.sensiblecity.panels;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The stored rounds of panels' draws, in SQL: the ticket lists are long texts that JPA would only get in the way of. */
@Component
class DrawRecords {

    private static final String COLUMNS = "panel_id, draw_round, seats, pool_size, seed_announcement, ticket_hash, "
            + "tickets, probabilities, minimum_probability, published_at, seed, ticket_index, selected, reserves, drawn_at, "
            + "fair_minimum_probability, largest_loss";

    private static final RowMapper<PublishedDraw> DRAW = (rs, row) -> new PublishedDraw(rs.getLong(1), rs.getInt(2),
            rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getDouble(9), instant(rs.getObject(10, LocalDateTime.class)), rs.getString(11),
            (Integer) rs.getObject(12, Integer.class), ids(rs.getString(13)), ids(rs.getString(14)),
            instant(rs.getObject(15, LocalDateTime.class)), (Double) rs.getObject(16, Double.class),
            (Double) rs.getObject(17, Double.class));

    private final JdbcTemplate jdbc;

    DrawRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void publish(PublishedDraw draw) {
        jdbc.update("insert into panel_draw (panel_id, draw_round, seats, pool_size, seed_announcement, ticket_hash, "
                + "tickets, probabilities, minimum_probability, published_at, fair_minimum_probability, largest_loss) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                draw.panelId(), draw.round(), draw.seats(), draw.poolSize(), draw.seedAnnouncement(), draw.ticketHash(),
                draw.tickets(), draw.probabilities(), draw.minimumProbability(), utc(draw.publishedAt()),
                draw.fairMinimumProbability(), draw.largestLoss());
    }

    /** Fills the draw of a published round, once: a second draw of the same round changes nothing and says so. */
    boolean recordDraw(long panelId, int round, String seed, int ticketIndex, List<String> selected,
            List<String> reserves, Instant at) {
        return jdbc.update("update panel_draw set seed = ?, ticket_index = ?, selected = ?, reserves = ?, drawn_at = ? "
                + "where panel_id = ? and draw_round = ? and seed is null", seed, ticketIndex, String.join(",", selected),
                String.join(",", reserves), utc(at), panelId, round) == 1;
    }

    /** Once a lottery is published, the pool it was computed from may not change. */
    boolean anyPublished(long panelId) {
        return jdbc.queryForObject("select count(*) from panel_draw where panel_id = ?", Long.class, panelId) > 0;
    }

    List<PublishedDraw> rounds(long panelId) {
        return jdbc.query("select " + COLUMNS + " from panel_draw where panel_id = ? order by draw_round", DRAW, panelId);
    }

    Optional<PublishedDraw> latest(long panelId) {
        List<PublishedDraw> rounds = rounds(panelId);
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.getLast());
    }

    private static @Nullable LocalDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static List<String> ids(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
