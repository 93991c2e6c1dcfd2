package fr.sensiblecity.panels;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A seat as its holder or the facilitators see it. {@code name} is the resident's display name, or the file's id
 * of an imported respondent; it is filled only for facilitators, who contact the people drawn.
 */
public record SeatView(long seatId, @Nullable String poolId, @Nullable String name, boolean fromApp, int round,
        SeatStatus status,
        Map<String, String> features, Instant offeredAt, @Nullable Instant answeredAt) {
}
