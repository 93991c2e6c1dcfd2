package fr.sensiblecity.notifications;

import fr.sensiblecity.base.DomainException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of every e-mail, public. A click (GET) changes nothing: mail scanners fetch every link of an
 * e-mail, so it only leads to a page whose button stops the e-mails. A mail program's own button (POST, RFC 8058
 * one-click) stops them at once, without a page.
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
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("../" + EmailService.UNSUBSCRIBE_ROUTE
                + "?t=" + URLEncoder.encode(token, StandardCharsets.US_ASCII))).build();
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
