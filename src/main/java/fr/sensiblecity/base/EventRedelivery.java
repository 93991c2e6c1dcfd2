package fr.sensiblecity.base;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * A publication stuck as "resubmitted" by an instance that died meanwhile is turned back into "failed" by
 * Modulith's staleness monitor ({@code spring.modulith.events.staleness.resubmitted}), then resubmitted here.
 */
@Component
@EnableAsync
class EventRedelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventRedeliverySettings settings;
    private final Clock clock;

    EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            EventRedeliverySettings settings, Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sensible.events.resubmit-every:1m}",
            initialDelayString = "${sensible.events.resubmit-every:1m}")
    void resubmitAbandoned() {
        Instant now = clock.instant();
        Instant abandoned = now.minus(settings.resubmitAfter());
        Instant tooOld = now.minus(settings.giveUpAfter());
        try {
            incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(abandoned)
                    && publication.getPublicationDate().isAfter(tooOld));
            completed.deletePublicationsOlderThan(settings.keepCompletedFor());
        } catch (RuntimeException failed) {
            // The database may be away for a moment (a failover): the next round tries again.
            LOG.warn("Incomplete event publications not resubmitted this time: {}", failed.toString());
        }
    }
}
