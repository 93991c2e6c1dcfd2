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

    void tell(Notice notice, Set<Long> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        channels.forEach(channel -> channel.deliver(notice, Set.copyOf(recipients)));
    }
}
