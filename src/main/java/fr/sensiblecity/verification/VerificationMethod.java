package fr.sensiblecity.verification;

import java.util.Locale;

/** How a resident proved they live in a territory. */
public enum VerificationMethod {
    /** A one-time code posted by the town hall to a household. */
    LETTER_CODE,
    /** A mediator saw an identity document at a counter. */
    IN_PERSON,
    /** At sign-in, the identity the OpenID Connect provider asserted matched the town hall's list. */
    TOWN_HALL_LIST;

    public String labelKey() {
        return "verification.method." + name().toLowerCase(Locale.ROOT);
    }
}
