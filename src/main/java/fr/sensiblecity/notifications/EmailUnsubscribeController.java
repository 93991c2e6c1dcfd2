package fr.sensiblecity.notifications;

import fr.sensiblecity.base.DomainException;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of every e-mail, public: a click (GET) stops that kind of e-mail and shows the result
 * page; a mail program's own button (POST, RFC 8058 one-click) does the same without a page.
 */
@RestController
@RequestMapping(EmailUnsubscribeController.PATH)
class EmailUnsubscribeController {

    static final String PATH = "/email/unsubscribe";

    private final EmailService emails;

    EmailUnsubscribeController(EmailService emails) {
        this.emails = emails;
    }

    @GetMapping
    ResponseEntity<Void> click(@RequestParam(name = "t", defaultValue = "") String token) {
        String result;
        try {
            Optional<NotificationKind> stopped = emails.unsubscribe(token);
            result = "unsubscribed?kind=" + stopped.map(Enum::name).orElse(UnsubscribeTokens.ALL);
        } catch (DomainException invalid) {
            result = "unsubscribed?invalid";
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("../" + result)).build();
    }

    @PostMapping
    ResponseEntity<Void> oneClick(@RequestParam(name = "t", defaultValue = "") String token) {
        try {
            emails.unsubscribe(token);
            return ResponseEntity.ok().build();
        } catch (DomainException invalid) {
            return ResponseEntity.badRequest().build();
        }
    }
}
