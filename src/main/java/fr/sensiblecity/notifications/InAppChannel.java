package fr.sensiblecity.notifications;

import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The inbox every resident sees behind the bell; it tells open pages that their unread count changed. */
@Component
class InAppChannel implements NotificationChannel {

    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InAppChannel(Inbox inbox, ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void deliver(Notice notice, Set<Long> recipients, String eventKey) {
        inbox.add(notice, recipients, clock.instant());
        events.publishEvent(new UnreadCountChanged(recipients));
    }
}
