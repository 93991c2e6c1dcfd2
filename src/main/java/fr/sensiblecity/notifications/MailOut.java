package fr.sensiblecity.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mails through the {@link EmailOutbox}: they are queued in the transaction that decides them, so an
 * instance dying right after the commit loses none, and sent once it commits, on background threads, so that
 * neither a slow nor a failing SMTP server delays or undoes what a resident did. A failed attempt is logged and
 * retried later with a growing wait, up to a limit; whichever instance polls first takes it. Without an SMTP server
 * configured ({@code spring.mail.host}), only the fact of each e-mail and its subject are logged.
 */
@Component
class MailOut {

    private static final Logger LOG = LoggerFactory.getLogger(MailOut.class);
    /** At most this many connections to the SMTP server at once, however many events arrive together. */
    private static final int PARALLEL = 4;
    private static final int POLL_BATCH = 200;

    private final EmailOutbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final EmailSettings settings;
    private final Clock clock;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore connections = new Semaphore(PARALLEL);
    private final AtomicInteger inFlight = new AtomicInteger();

    MailOut(EmailOutbox outbox, ObjectProvider<JavaMailSender> sender, EmailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the e-mails an event decided, at most one per resident and event however often the event is
     * delivered, and sends them once the caller's transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(List<EmailMessage> messages, String eventKey) {
        Instant now = clock.instant();
        boolean any = false;
        for (EmailMessage message : messages) {
            any |= outbox.add(message, eventKey, now);
        }
        if (any) {
            inFlight.incrementAndGet();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        inFlight.decrementAndGet();
                        return;
                    }
                    // On another thread: this one still holds the finished transaction's connection.
                    threads.execute(() -> {
                        try {
                            sendNow(Set.of(eventKey));
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    });
                }
            });
        }
    }

    /** Takes up what is due again: failed attempts after their wait, rows left by an instance that died. */
    @Scheduled(fixedDelayString = "${sensible.email.sending.poll-interval:30s}",
            initialDelayString = "${sensible.email.sending.poll-interval:30s}")
    void sendDue() {
        Instant now = clock.instant();
        try {
            claimAndSend(outbox.due(now, POLL_BATCH));
            int forgotten = outbox.forgetDoneBefore(now.minus(settings.sending().keepSentFor()));
            if (forgotten > 0) {
                LOG.debug("{} sent or given-up e-mails forgotten", forgotten);
            }
        } catch (RuntimeException failed) {
            // The database may be away for a moment (a failover): the rows wait for the next poll.
            LOG.warn("Outbox not polled this time: {}", failed.toString());
        }
    }

    /** Waits, at most {@code patience}, until this instance has no e-mail on its way; true if none is. */
    boolean awaitIdle(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return inFlight.get() == 0;
    }

    private void sendNow(Collection<String> eventKeys) {
        try {
            claimAndSend(outbox.waitingFor(eventKeys));
        } catch (RuntimeException failed) {
            // The rows stay queued: the next poll takes them up.
            LOG.warn("E-mails not sent at once, left for the next poll: {}", failed.toString());
        }
    }

    private void claimAndSend(List<Long> ids) {
        Instant now = clock.instant();
        for (long id : ids) {
            outbox.claim(id, now, now.plus(settings.sending().claimFor())).ifPresent(queued -> {
                inFlight.incrementAndGet();
                threads.execute(() -> {
                    try {
                        send(queued);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            });
        }
    }

    private void send(EmailOutbox.Queued queued) {
        EmailMessage message = queued.message();
        JavaMailSender smtp = sender.getIfAvailable();
        try {
            if (smtp == null) {
                // Neither the address nor the body reaches the log: the resident gave the address for e-mails, not
                // for log files, and the body holds working links (confirm an address, unsubscribe) that anyone
                // reading the log could follow. The subject holds neither.
                LOG.info("E-mail not sent (no SMTP server configured) to resident {}: {}", message.residentId(),
                        message.subject());
            } else {
                connections.acquireUninterruptibly();
                try {
                    smtp.send(mime(smtp, message));
                } finally {
                    connections.release();
                }
            }
            outbox.sent(queued.id(), clock.instant());
        } catch (MailException | MessagingException failed) {
            retryOrGiveUp(queued, failed);
        } catch (RuntimeException failed) {
            // Most likely the database, after a successful send: the claim runs out and the e-mail may go twice,
            // the one case where it can (at least once, never lost).
            LOG.warn("E-mail {} to resident {}: state not recorded: {}", queued.id(), message.residentId(),
                    failed.toString());
        }
    }

    private void retryOrGiveUp(EmailOutbox.Queued queued, Exception failed) {
        Instant now = clock.instant();
        long resident = queued.message().residentId();
        if (queued.attempts() >= settings.sending().maxAttempts()) {
            LOG.warn("E-mail {} to resident {} given up after {} attempts: {}", queued.id(), resident,
                    queued.attempts(), failed.getMessage());
            outbox.givenUp(queued.id(), now);
        } else {
            Duration wait = settings.sending().retryAfter(queued.attempts());
            LOG.warn("E-mail {} to resident {} failed (attempt {}), next try in {}: {}", queued.id(), resident,
                    queued.attempts(), wait, failed.getMessage());
            outbox.retryAt(queued.id(), now.plus(wait));
        }
    }

    private MimeMessage mime(JavaMailSender smtp, EmailMessage message) throws MessagingException {
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.to());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        // RFC 2369 and RFC 8058: mail programs offer their own one-click "unsubscribe" button.
        mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    @PreDestroy
    void stop() {
        threads.close();
    }
}
