package fr.sensiblecity.notifications;

import fr.sensiblecity.notifications.EmailBook.Subscriber;
import fr.sensiblecity.residents.ResidentService;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, one e-mail per resident who chose the digest, listing what happened since the last one. Each
 * resident's digest is taken in a transaction of its own, so that one failure leaves the others' alone, and is
 * queued in the outbox by that transaction. Two instances running it at once send each digest once: taking the
 * items locks them, so the second finds none left, and the outbox keeps one digest per resident and last item.
 */
@Component
class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final EmailBook book;
    private final EmailTexts texts;
    private final MailOut mail;
    private final ResidentService residents;
    private final TransactionTemplate transaction;

    DailyDigest(EmailBook book, EmailTexts texts, MailOut mail, ResidentService residents,
            TransactionTemplate transaction) {
        this.book = book;
        this.texts = texts;
        this.mail = mail;
        this.residents = residents;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${sensible.email.digest-cron:0 0 7 * * *}", zone = "${sensible.email.digest-zone:Europe/Paris}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void sendDigests() {
        List<Subscriber> due = book.digestsDue();
        Map<Long, Locale> languages = residents.languagesOf(due.stream().map(Subscriber::residentId).toList());
        int sent = 0;
        for (Subscriber subscriber : due) {
            try {
                transaction.executeWithoutResult(status -> {
                    EmailBook.TakenDigest taken = book.takeDigest(subscriber.residentId());
                    if (!taken.notices().isEmpty()) {
                        mail.queue(List.of(texts.digest(subscriber.residentId(), subscriber.address(),
                                languages.get(subscriber.residentId()), taken.notices())),
                                "digest/" + taken.lastItemId());
                    }
                });
                sent++;
            } catch (RuntimeException failed) {
                LOG.warn("Digest of resident {} not prepared: {}", subscriber.residentId(), failed.toString());
            }
        }
        if (sent > 0) {
            LOG.info("Daily digest: {} e-mails", sent);
        }
    }
}
