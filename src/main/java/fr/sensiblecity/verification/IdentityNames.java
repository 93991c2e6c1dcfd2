package fr.sensiblecity.verification;

/**
 * Names reduced to what compares equal however they were typed, by the rules of the town hall's lists
 * ({@link ListedIdentity}): the same person read from an identity document at a counter is recognised the same way.
 */
public final class IdentityNames {

    private IdentityNames() {
    }

    /** The family name with no case, accents, hyphens, apostrophes or spaces; empty if nothing is left. */
    public static String familyName(String text) {
        return ListedIdentity.familyName(text);
    }

    /** The first given name, folded, its parts joined; empty if there is none. */
    public static String firstGivenName(String text) {
        return ListedIdentity.firstGivenName(text);
    }
}
