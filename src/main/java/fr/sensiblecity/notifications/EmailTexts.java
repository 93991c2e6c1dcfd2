package fr.sensiblecity.notifications;

import fr.sensiblecity.notifications.ui.NotificationLinks;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The words of e-mails, from the same translation bundles as the pages, in the recipient's language. Plain text:
 * every mailbox shows it, screen readers read it as written, and nothing in it can be rendered as markup.
 */
@Component
class EmailTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final EmailSettings settings;
    private final UnsubscribeTokens tokens;

    EmailTexts(EmailSettings settings, UnsubscribeTokens tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    EmailMessage single(long residentId, String address, Locale language, Notice notice) {
        String event = translate(language, notice.kind().messageKey(), notice.targetLabel());
        String unsubscribe = unsubscribeUrl(residentId, notice.kind().name());
        String body = String.join("\n",
                translate(language, "email.greeting"),
                "",
                event,
                translate(language, "email.open", link(notice)),
                "",
                footer(language, unsubscribe, "email.unsubscribe.kind"));
        return new EmailMessage(residentId, address, translate(language, "email.subject", event), body, unsubscribe);
    }

    EmailMessage digest(long residentId, String address, Locale language, List<Notice> notices) {
        String unsubscribe = unsubscribeUrl(residentId, UnsubscribeTokens.ALL);
        StringBuilder body = new StringBuilder(translate(language, "email.greeting")).append("\n\n")
                .append(translate(language, "email.digest.intro", notices.size())).append("\n\n");
        for (Notice notice : notices) {
            body.append("- ").append(translate(language, notice.kind().messageKey(), notice.targetLabel())).append('\n')
                    .append("  ").append(link(notice)).append('\n');
        }
        body.append('\n').append(footer(language, unsubscribe, "email.unsubscribe.all"));
        return new EmailMessage(residentId, address, translate(language, "email.digest.subject", notices.size()),
                body.toString(), unsubscribe);
    }

    /** Sent to a new address: nothing else goes there until its owner follows the link. */
    EmailMessage confirmation(long residentId, String address, Locale language, String confirmLink) {
        String notMe = unsubscribeUrl(residentId, UnsubscribeTokens.ALL);
        String body = String.join("\n",
                translate(language, "email.greeting"),
                "",
                translate(language, "email.confirm.body", confirmLink,
                        AddressConfirmations.VALID_FOR.toDays()),
                "",
                "-- ",
                translate(language, "email.confirm.notMe", notMe));
        return new EmailMessage(residentId, address, translate(language, "email.confirm.subject"), body, notMe);
    }

    private String footer(Locale language, String unsubscribe, String unsubscribeKey) {
        return String.join("\n",
                "-- ",
                translate(language, "email.why"),
                translate(language, "email.settings", settings.base() + "/profile/email"),
                translate(language, unsubscribeKey, unsubscribe));
    }

    private String link(Notice notice) {
        return settings.base() + "/" + NotificationLinks.href(new NotificationItem(0, notice.kind(), notice.targetType(),
                notice.targetId(), notice.targetLabel(), Instant.EPOCH, false));
    }

    private String unsubscribeUrl(long residentId, String scope) {
        return settings.base() + "/email/unsubscribe?t=" + tokens.sign(residentId, scope);
    }

    /** As the pages translate: a message with arguments is a {@link MessageFormat} pattern, one without is not. */
    static String translate(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    static boolean has(Locale language, String key) {
        return ResourceBundle.getBundle(BUNDLE, language).containsKey(key);
    }
}
