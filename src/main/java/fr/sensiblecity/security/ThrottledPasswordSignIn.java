package fr.sensiblecity.security;

import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.base.Sha256;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with a local password (the demo accounts; production signs in through OpenID Connect) and slows down
 * guessing: after {@code sensible.security.sign-in-failures} wrong passwords (10) for one account name within
 * {@value #WINDOW_MINUTES} minutes, or five times as many from one address, further attempts are refused before
 * any password is checked, until an attempt comes back (one every 90 s with the defaults). Only failures count,
 * so that people who sign in often are never slowed; names count lower-cased and whether the account exists or
 * not, so that the refusal tells nothing about who has an account. The counts live in the rate limiter's buckets,
 * shared by every instance of a cluster.
 */
@Component
class ThrottledPasswordSignIn extends DaoAuthenticationProvider {

    static final int WINDOW_MINUTES = 15;
    private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);
    private static final int PER_ADDRESS = 5;

    private final RateLimiter limits;
    private final int failures;

    ThrottledPasswordSignIn(DemoUserDetailsService accounts, PasswordEncoder passwords, RateLimiter limits,
            @Value("${sensible.security.sign-in-failures:10}") int failures) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.limits = limits;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        long name = key(String.valueOf(attempt.getName()).strip().toLowerCase(Locale.ROOT));
        Long address = attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? key(details.getRemoteAddress()) : null;
        if (!limits.allows("sign-in-name", name, failures, WINDOW)
                || address != null && !limits.allows("sign-in-address", address, failures * PER_ADDRESS, WINDOW)) {
            throw new SignInThrottled(failures, WINDOW_MINUTES);
        }
        try {
            return super.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            limits.count("sign-in-name", name, failures, WINDOW);
            if (address != null) {
                limits.count("sign-in-address", address, failures * PER_ADDRESS, WINDOW);
            }
            throw wrong;
        }
    }

    /** A bucket key for a name or an address that does not keep it in clear. */
    private static long key(String value) {
        return Long.parseUnsignedLong(Sha256.hex("sign-in|" + value).substring(0, 16), 16);
    }

    /** Refused before the password was checked; the sign-in page says why and for how long, in the reader's language. */
    static final class SignInThrottled extends AuthenticationException {

        private final int failures;
        private final int minutes;

        SignInThrottled(int failures, int minutes) {
            super("Too many failed sign-ins");
            this.failures = failures;
            this.minutes = minutes;
        }

        int failures() {
            return failures;
        }

        int minutes() {
            return minutes;
        }
    }
}
