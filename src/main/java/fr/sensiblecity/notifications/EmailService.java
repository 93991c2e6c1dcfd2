package fr.sensiblecity.notifications;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's e-mail notifications: the address they give (optional, used for nothing else), which events
 * reach it, at once or in a daily digest; and unsubscribing from a link in an e-mail, without signing in.
 */
@Service
public class EmailService {

    static final int ADDRESS_MAX = 254;
    /** The page a confirmation link opens (notifications.ui.ConfirmAddressView). */
    public static final String CONFIRM_ROUTE = "email/confirm";
    /** The page an unsubscribe link leads to, with the button that stops the e-mails (notifications.ui). */
    public static final String UNSUBSCRIBE_ROUTE = "unsubscribe";
    /** One @, something on each side, a dot in the domain, no spaces: the SMTP server judges the rest. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    private final EmailBook book;
    private final UnsubscribeTokens tokens;
    private final AddressConfirmations confirmations;
    private final EmailTexts texts;
    private final MailOut mail;
    private final ResidentService residents;
    private final CurrentResident current;
    private final Clock clock;

    EmailService(EmailBook book, UnsubscribeTokens tokens, AddressConfirmations confirmations, EmailTexts texts,
            MailOut mail, ResidentService residents, CurrentResident current, Clock clock) {
        this.book = book;
        this.tokens = tokens;
        this.confirmations = confirmations;
        this.texts = texts;
        this.mail = mail;
        this.residents = residents;
        this.current = current;
        this.clock = clock;
    }

    /** Empty while the resident gave no address. */
    @Transactional(readOnly = true)
    @PreAuthorize("@notificationPermissions.canChooseEmails(authentication)")
    public Optional<EmailChoices> myChoices() {
        return book.choicesOf(signedIn());
    }

    /**
     * Saves the address and choices; a blank address forgets the address and every choice. A new or changed
     * address is sent a confirmation link, and receives nothing else until it is followed.
     */
    @Transactional
    @PreAuthorize("@notificationPermissions.canChooseEmails(authentication)")
    public Optional<EmailChoices> saveMyChoices(String address, boolean digest, Set<NotificationKind> kinds) {
        long me = signedIn();
        String cleaned = address == null ? "" : address.strip();
        if (cleaned.isEmpty()) {
            book.save(me, null, clock.instant());
            return Optional.empty();
        }
        if (cleaned.length() > ADDRESS_MAX || !ADDRESS.matcher(cleaned).matches()) {
            throw new DomainException("email.error.address");
        }
        boolean known = book.addressOf(me).filter(cleaned::equals).isPresent();
        book.save(me, new EmailChoices(cleaned, digest, kinds, false), clock.instant());
        if (!known) {
            sendConfirmation(me, cleaned);
        }
        return book.choicesOf(me);
    }

    /** Sends the confirmation link again, to the address as it is now; refused once it is confirmed. */
    @Transactional
    @PreAuthorize("@notificationPermissions.canChooseEmails(authentication)")
    public void resendConfirmation() {
        long me = signedIn();
        EmailChoices choices = book.choicesOf(me).filter(known -> !known.confirmed())
                .orElseThrow(() -> new DomainException("email.confirm.nothingToConfirm"));
        sendConfirmation(me, choices.address());
    }

    /**
     * Confirms the address a link was sent to, signed in or not: the token is the proof that its owner read it. A
     * forged, expired or altered token, or one for an address since changed, confirms nothing and is refused with
     * {@code email.confirm.invalid}.
     */
    @Transactional
    public void confirmAddress(String token) {
        long resident = confirmations.residentOf(token == null ? "" : token, book::addressOf)
                .orElseThrow(() -> new DomainException("email.confirm.invalid"));
        String address = book.addressOf(resident).orElseThrow(() -> new DomainException("email.confirm.invalid"));
        book.confirm(resident, address, clock.instant());
    }

    /**
     * Whether the link would confirm an address, confirming nothing: the page offers its button only for a link that
     * works, and explains the others at once.
     */
    @Transactional(readOnly = true)
    public boolean canConfirm(String token) {
        return confirmations.residentOf(token == null ? "" : token, book::addressOf).isPresent();
    }

    private void sendConfirmation(long residentId, String address) {
        Locale language = residents.languagesOf(List.of(residentId)).getOrDefault(residentId, Locale.FRENCH);
        // A key of its own each time, so that "send again" queues a new e-mail rather than finding the first one.
        mail.queue(List.of(texts.confirmation(residentId, address, language, confirmations.link(residentId, address))),
                "address-confirmation:" + clock.instant().toEpochMilli() + ":" + UUID.randomUUID());
    }

    /**
     * Stops what a link from an e-mail names: one kind of event, or every e-mail for a digest's link. Needs no
     * sign-in: the token's signature is the proof. Returns the kind stopped, empty for all; a forged, altered or
     * truncated token changes nothing and is refused with {@code email.unsubscribe.invalid}.
     */
    @Transactional
    public Optional<NotificationKind> unsubscribe(String token) {
        UnsubscribeTokens.Scope scope = tokens.verify(token == null ? "" : token)
                .orElseThrow(() -> new DomainException("email.unsubscribe.invalid"));
        if (scope.kind().equals(UnsubscribeTokens.ALL)) {
            book.stopAll(scope.residentId());
            return Optional.empty();
        }
        NotificationKind kind = kindNamed(scope.kind());
        book.stop(scope.residentId(), kind);
        return Optional.of(kind);
    }

    /**
     * What a link from an e-mail would stop, without stopping it: a kind, or empty for every e-mail. Refused with
     * {@code email.unsubscribe.invalid} like {@link #unsubscribe}.
     */
    public Optional<NotificationKind> unsubscribeScope(String token) {
        UnsubscribeTokens.Scope scope = tokens.verify(token == null ? "" : token)
                .orElseThrow(() -> new DomainException("email.unsubscribe.invalid"));
        return scope.kind().equals(UnsubscribeTokens.ALL) ? Optional.empty() : Optional.of(kindNamed(scope.kind()));
    }

    private static NotificationKind kindNamed(String name) {
        try {
            return NotificationKind.valueOf(name);
        } catch (IllegalArgumentException retired) {
            throw new DomainException("email.unsubscribe.invalid");
        }
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** For the choices page: a kind's short label, or its sentence with an ellipsis if no label was written. */
    public static String kindLabel(NotificationKind kind, java.util.Locale language) {
        String key = kind.messageKey() + ".label";
        return EmailTexts.has(language, key) ? EmailTexts.translate(language, key)
                : EmailTexts.translate(language, kind.messageKey(), "…");
    }
}
