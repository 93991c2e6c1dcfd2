package fr.sensiblecity.verification;

import java.util.Locale;

/** The kind of document a mediator saw; only the kind is kept, never the document's number. */
public enum IdentityDocument {
    IDENTITY_CARD,
    PASSPORT,
    RESIDENCE_PERMIT,
    DRIVING_LICENCE;

    public String labelKey() {
        return "verification.document." + name().toLowerCase(Locale.ROOT);
    }
}
