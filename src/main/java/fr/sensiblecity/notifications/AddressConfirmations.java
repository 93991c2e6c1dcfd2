package fr.sensiblecity.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The link that proves a resident reads the address they gave: a token naming the resident, its expiry and, under
 * the installation's HMAC, the address itself, so that it confirms nothing once the address changed or the time ran
 * out. Nothing is stored for it; a new link does not void an older one still valid for the same address.
 */
@Component
class AddressConfirmations {

    /** Long enough for a resident who reads e-mail once a week, short enough for an address that changes hands. */
    static final Duration VALID_FOR = Duration.ofDays(7);

    private final UnsubscribeTokens signer;
    private final EmailSettings settings;
    private final Clock clock;

    AddressConfirmations(UnsubscribeTokens signer, EmailSettings settings, Clock clock) {
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
    }

    String link(long residentId, String address) {
        long expiry = clock.instant().plus(VALID_FOR).getEpochSecond();
        String token = residentId + "." + expiry + "." + signer.mac(signed(residentId, expiry, address));
        return settings.base() + "/" + EmailService.CONFIRM_ROUTE + "?t="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The resident a genuine, unexpired token was made for, if it was made for this very address. */
    Optional<Long> residentOf(String token, java.util.function.LongFunction<Optional<String>> currentAddress) {
        String[] parts = UnsubscribeTokens.parts(token);
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        long resident = Long.parseLong(parts[0]);
        long expiry = Long.parseLong(parts[1]);
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expiry))) {
            return Optional.empty();
        }
        return currentAddress.apply(resident).filter(address -> MessageDigest.isEqual(
                signer.mac(signed(resident, expiry, address)).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))).map(address -> resident);
    }

    /** Distinct from an unsubscribe token's payload (two parts, a kind in capitals), so neither stands for the other. */
    private static String signed(long residentId, long expiry, String address) {
        return "confirm." + residentId + "." + expiry + "." + address.toLowerCase(Locale.ROOT);
    }
}
