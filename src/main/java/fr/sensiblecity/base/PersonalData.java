package fr.sensiblecity.base;

/**
 * What one module holds about a resident, for the resident's rights (GDPR articles 15, 17 and 20). Every module
 * that stores something tied to a resident contributes one bean; the residents module gathers them into the
 * download and calls them all, in one transaction, when an account is erased.
 */
public interface PersonalData {

    /** The key of this module's part in the downloaded JSON, e.g. {@code "ideas"}. */
    String section();

    /**
     * Everything this module holds about the resident, as JSON-serialisable values (records, lists, maps,
     * strings, numbers). Runs inside the caller's read-only transaction.
     */
    Object export(long residentId);

    /**
     * Removes what identifies the resident. Public contributions stay, attributed to no one ("former resident"),
     * and every count stays right. Runs inside the erasure's transaction, before the resident's own row goes.
     */
    void erase(long residentId);
}
