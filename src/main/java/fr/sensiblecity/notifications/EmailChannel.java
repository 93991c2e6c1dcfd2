package fr.sensiblecity.notifications;

import fr.sensiblecity.notifications.EmailBook.Subscriber;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * E-mail, for residents who gave an address and chose this kind of event: one e-mail each at once, or the
 * event waits for their daily digest. Works for every {@link NotificationKind}, including those added later. The
 * e-mails are queued in the notice's own transaction (see {@link MailOut}), once per resident and event.
 */
@Component
class EmailChannel implements NotificationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final EmailBook book;
    private final EmailTexts texts;
    private final MailOut mail;
    private final ResidentService residents;
    private final Clock clock;

    EmailChannel(EmailBook book, EmailTexts texts, MailOut mail, ResidentService residents, Clock clock) {
        this.book = book;
        this.texts = texts;
        this.mail = mail;
        this.residents = residents;
        this.clock = clock;
    }

    @Override
    public void deliver(Notice notice, Set<Long> recipients, String eventKey) {
        try {
            List<Subscriber> subscribers = book.subscribersFor(notice.kind(), recipients);
            if (subscribers.isEmpty()) {
                return;
            }
            List<Long> daily = subscribers.stream().filter(Subscriber::digest).map(Subscriber::residentId).toList();
            if (!daily.isEmpty()) {
                book.holdForDigest(notice, daily, clock.instant());
            }
            List<Subscriber> now = subscribers.stream().filter(subscriber -> !subscriber.digest()).toList();
            Map<Long, Locale> languages = residents.languagesOf(now.stream().map(Subscriber::residentId).toList());
            mail.queue(now.stream().map(subscriber -> texts.single(subscriber.residentId(),
                    subscriber.address(), languages.get(subscriber.residentId()), notice)).toList(), eventKey);
        } catch (RuntimeException failed) {
            // The in-app notice matters more than its e-mail copy: never let e-mail undo it.
            LOG.warn("E-mail copies of a {} notice were not prepared: {}", notice.kind(), failed.toString());
        }
    }
}
