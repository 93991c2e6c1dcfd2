package fr.sensiblecity.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits for the listeners between modules, which run in the background once the action's transaction commits:
 * a test that asserts what residents were told waits here first. Every event is recorded in
 * {@code event_publication} until its listener's transaction commits, so "none left incomplete" is exactly
 * "every consequence is stored"; a listener that failed leaves its row, and the wait then fails.
 */
@Component
public class EventsDelivered {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;

    EventsDelivered(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void await() {
        Awaitility.await().alias("every event's listeners finished").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> incomplete() == 0);
    }

    public long incomplete() {
        Long count = jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is null",
                Long.class);
        return count == null ? 0 : count;
    }
}
