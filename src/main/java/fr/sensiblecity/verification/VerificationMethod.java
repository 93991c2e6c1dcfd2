package fr.sensiblecity.verification;

import java.util.Locale;

/** How a resident proved they live in a territory. */
public enum VerificationMethod {
    /** A one-time code posted by the town hall to a household. */
    LETTER_CODE,
    /** A mediator saw an identity document at a counter. */
    IN_PERSON,
    /** At sign-in, the identity the OpenID Connect provider asserted matched the town hall's list. */
    TOWN_HALL_LIST,
    /** The resident claimed paper records a mediator made after seeing their identity document (issue 13, item 2). */
    COUNTER_RECEIPT;

    public String labelKey() {
        return "verification.method." + name().toLowerCase(Locale.ROOT);
    }
}
