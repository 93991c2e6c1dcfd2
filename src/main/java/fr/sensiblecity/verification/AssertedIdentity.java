package fr.sensiblecity.verification;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who the OpenID Connect provider says a person is, read from the claims of one sign-in to be matched against the
 * town hall's lists and then forgotten. FranceConnect and most providers give {@code given_name} (all given names,
 * space-separated), {@code family_name} and {@code birthdate} ({@code YYYY-MM-DD}); a provider that gives an address
 * may give its {@code postal_code}. FranceConnect's {@code birthplace} is the INSEE code of the commune of birth,
 * which the lists do not carry: it is not used. {@link #toString()} shows nothing, so that a log line or an error
 * report cannot carry the claims by accident.
 */
public record AssertedIdentity(String familyName, String givenNames, String birthdate, @Nullable String postcode) {

    /** The identity in these claims, or nothing when the provider did not give a name and a birth date. */
    public static Optional<AssertedIdentity> fromClaims(Map<String, Object> claims) {
        String family = text(claims.get("family_name"));
        String given = text(claims.get("given_name"));
        String birthdate = text(claims.get("birthdate"));
        if (family == null || given == null || birthdate == null) {
            return Optional.empty();
        }
        String postcode = claims.get("address") instanceof Map<?, ?> address ? text(address.get("postal_code")) : null;
        return Optional.of(new AssertedIdentity(family, given, birthdate, postcode));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    @Override
    public String toString() {
        return "AssertedIdentity[withheld]";
    }
}
