package fr.sensiblecity.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mails once the transaction that decided them commits, on background threads, so that neither a slow
 * nor a failing SMTP server delays or undoes what a resident did; a failure is logged, never thrown. Without an
 * SMTP server configured ({@code spring.mail.host}), e-mails are written to the log instead.
 */
@Component
class MailOut {

    private static final Logger LOG = LoggerFactory.getLogger(MailOut.class);
    /** At most this many connections to the SMTP server at once, however many events arrive together. */
    private static final int PARALLEL = 4;

    private final ObjectProvider<JavaMailSender> sender;
    private final EmailSettings settings;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore connections = new Semaphore(PARALLEL);
    private final AtomicInteger inFlight = new AtomicInteger();

    MailOut(ObjectProvider<JavaMailSender> sender, EmailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    void sendAfterCommit(List<EmailMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendInBackground(messages);
                }
            });
        } else {
            sendInBackground(messages);
        }
    }

    private void sendInBackground(List<EmailMessage> messages) {
        inFlight.addAndGet(messages.size());
        messages.forEach(message -> threads.execute(() -> {
            try {
                send(message);
            } finally {
                inFlight.decrementAndGet();
            }
        }));
    }

    /** Waits, at most {@code patience}, until no e-mail is still on its way; true if none is. */
    boolean awaitIdle(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return inFlight.get() == 0;
    }

    private void send(EmailMessage message) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            // The address stays out of the log: the resident gave it for e-mails, not for log files.
            LOG.info("E-mail not sent (no SMTP server configured) to resident {}: {}\n{}", message.residentId(),
                    message.subject(), message.body());
            return;
        }
        connections.acquireUninterruptibly();
        try {
            smtp.send(mime(smtp, message));
        } catch (MailException | MessagingException failed) {
            LOG.warn("E-mail to resident {} failed: {}", message.residentId(), failed.getMessage());
        } finally {
            connections.release();
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
