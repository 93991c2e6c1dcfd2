package fr.sensiblecity.notifications;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Hands a notice to every channel, for recipients already counted once each. */
@Component
class Notifier {

    private final List<NotificationChannel> channels;

    Notifier(List<NotificationChannel> channels) {
        this.channels = channels;
    }

    /** {@code eventKey}: the claimed publication (see {@link Deliveries}); one event may give several notices. */
    void tell(Notice notice, Set<Long> recipients, String eventKey) {
        if (recipients.isEmpty()) {
            return;
        }
        String key = eventKey + "/" + notice.kind().name();
        channels.forEach(channel -> channel.deliver(notice, Set.copyOf(recipients), key));
    }
}
