package fr.sensiblecity.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listeners never finished: the instance running them died after the publishing
 * transaction committed, or the listener failed. Spring Modulith records each event with its listeners in the
 * publishing transaction ({@code event_publication}); this job, on every instance, resubmits the incomplete ones
 * older than {@link EventRedeliverySettings#resubmitAfter()}.
 *
 * <p>Not Modulith's {@code republish-outstanding-events-on-restart}: with several instances, the one restarting
 * would also redeliver the events that live instances are handling at that moment, and with a single instance an
 * event whose listener failed would wait for the next restart. Several instances may resubmit the same
 * publication at once; the listeners claim each publication in their own transaction, so it tells residents once.
 * A publication stuck as "resubmitted" by an instance that died meanwhile would never be resubmitted again
 * (Modulith only resubmits those not marked so): once its last resubmission is older than the same delay, it is
 * marked "failed" here, which Modulith resubmits. (Modulith's staleness monitor would do it by publication date,
 * so also for resubmissions still running, and logs every minute.)
 */
@Component
// @ApplicationModuleListener methods are @Async: without this they would run on the committing thread.
@EnableAsync
class EventRedelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventRedeliverySettings settings;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            EventRedeliverySettings settings, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.completed = completed;
        this.settings = settings;
        this.clock = clock;
    }

    // One instance at a time: two would only resubmit the same publications twice (harmless, the listeners claim
    // them, but wasted).
    @Scheduled(fixedDelayString = "${sensible.events.resubmit-every:1m}",
            initialDelayString = "${sensible.events.resubmit-every:1m}")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
    void resubmitAbandoned() {
        Instant now = clock.instant();
        Instant abandoned = now.minus(settings.resubmitAfter());
        Instant tooOld = now.minus(settings.giveUpAfter());
        try {
            // Written as Modulith writes its dates: java.sql.Timestamp in the JVM's time zone.
            jdbc.update("update EVENT_PUBLICATION set status = 'FAILED' where status = 'RESUBMITTED' "
                    + "and completion_date is null and last_resubmission_date < ?", Timestamp.from(abandoned));
            incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(abandoned)
                    && publication.getPublicationDate().isAfter(tooOld));
            completed.deletePublicationsOlderThan(settings.keepCompletedFor());
        } catch (RuntimeException failed) {
            // The database may be away for a moment (a failover): the next round tries again.
            LOG.warn("Incomplete event publications not resubmitted this time: {}", failed.toString());
        }
    }
}
