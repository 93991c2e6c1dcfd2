package fr.sensiblecity.verification;

import java.util.Locale;

/** What a territory may reserve to residents whose residency is verified. */
public enum VerifiedAction {
    SUPPORT_IDEA,
    VOLUNTEER_PANEL,
    PLEDGE,
    CONSULTATION_COMMENT;

    public String labelKey() {
        return "verification.action." + name().toLowerCase(Locale.ROOT);
    }

    /** The refusal a resident reads, with the territory's name as {0}: why, and how to get verified. */
    public String refusalKey() {
        return "verification.required." + name().toLowerCase(Locale.ROOT);
    }
}
