package fr.sensiblecity.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed unsubscribe links: a token names one resident and one scope (a notification kind, or every e-mail) and
 * carries an HMAC of both, so that it works without signing in and stops nothing else, for no one else.
 */
@Component
class UnsubscribeTokens {

    /** The scope of a digest's link: all e-mails stop. */
    static final String ALL = "ALL";

    private final JdbcTemplate jdbc;
    private final EmailSettings settings;
    private final TransactionTemplate ownTransaction;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(JdbcTemplate jdbc, EmailSettings settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String sign(long residentId, String scope) {
        String payload = residentId + "." + scope;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + "." + mac(payload)).getBytes(StandardCharsets.US_ASCII));
    }

    /** The dot-separated parts of a URL-safe Base64 token; none if it is not Base64. */
    static String[] parts(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
        } catch (IllegalArgumentException notBase64) {
            return new String[0];
        }
    }

    Optional<Scope> verify(String token) {
        String[] parts = UnsubscribeTokens.parts(token);
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[A-Z0-9_]{1,40}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        boolean genuine = MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Scope(Long.parseLong(parts[0]), parts[1])) : Optional.empty();
    }

    /** The installation's HMAC-SHA256 of a payload, in hex; shared with {@link AddressConfirmations}. */
    String mac(String payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", impossible);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String secret = settings.unsubscribeSecret().isBlank() ? ownTransaction.execute(status -> storedSecret())
                    : settings.unsubscribeSecret();
            known = secret.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** Made once per installation, so that links in old e-mails keep working after a restart. */
    private String storedSecret() {
        var existing = jdbc.queryForList("select secret from email_signing_key where id = 1", String.class);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            jdbc.update("insert into email_signing_key (id, secret) values (1, ?)", HexFormat.of().formatHex(random));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // fall through: read the winner's secret
        }
        return jdbc.queryForObject("select secret from email_signing_key where id = 1", String.class);
    }

    /** What a genuine token stops: one kind of e-mail, or all of them, for one resident. */
    record Scope(long residentId, String kind) {
    }
}
