package fr.sensiblecity.notifications;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.Optional;
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
    /** One @, something on each side, a dot in the domain, no spaces: the SMTP server judges the rest. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    private final EmailBook book;
    private final UnsubscribeTokens tokens;
    private final CurrentResident current;
    private final Clock clock;

    EmailService(EmailBook book, UnsubscribeTokens tokens, CurrentResident current, Clock clock) {
        this.book = book;
        this.tokens = tokens;
        this.current = current;
        this.clock = clock;
    }

    /** Empty while the resident gave no address. */
    @Transactional(readOnly = true)
    @PreAuthorize("@notificationPermissions.canChooseEmails(authentication)")
    public Optional<EmailChoices> myChoices() {
        return book.choicesOf(signedIn());
    }

    /** Saves the address and choices; a blank address forgets the address and every choice. */
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
        EmailChoices choices = new EmailChoices(cleaned, digest, kinds);
        book.save(me, choices, clock.instant());
        return Optional.of(choices);
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
