package fr.sensiblecity.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes each event publication tell residents once, however often it is delivered. Spring Modulith marks a
 * publication complete only after its listener's transaction has committed, in a transaction of its own (and its
 * maintainers ask listeners to be idempotent): an instance dying between the two would leave the publication
 * incomplete, to be resubmitted, and the notices stored twice. So every notification listener first claims its
 * publication here, inside its own transaction: the claim marks the publication complete, and commits or rolls
 * back together with the notices and e-mails it leads to. A publication already claimed is skipped; two instances
 * delivering the same one at once wait on the row's lock, and the second then finds it complete.
 */
@Component
class Deliveries {

    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;
    private final Clock clock;

    Deliveries(JdbcTemplate jdbc, EventSerializer serializer, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    /**
     * The key of the publication of {@code event} to the listener {@code listenerId} (its
     * {@code @ApplicationModuleListener} id), now claimed by the caller's transaction; empty if it was already
     * delivered, and then the caller does nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<String> claim(String listenerId, Object event) {
        String serialized = serializer.serialize(event).toString();
        // Compared in Java as well: MariaDB's default collation would take two events differing only in case as one.
        List<String> candidates = jdbc.query("select id, serialized_event from EVENT_PUBLICATION where listener_id = ? "
                + "and completion_date is null order by publication_date", (rs, row) -> serialized.equals(
                rs.getString(2)) ? rs.getString(1) : null, listenerId).stream().filter(id -> id != null).toList();
        for (String id : candidates) {
            if (jdbc.update("update EVENT_PUBLICATION set completion_date = ?, status = 'COMPLETED' where id = ? "
                    + "and completion_date is null", Timestamp.from(clock.instant()), id) == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
