package fr.sensiblecity.base;

import org.jspecify.annotations.Nullable;

/**
 * What a hidden text's stored reason says beyond a moderator's words, and who may still read it: the rules the
 * services apply. The sentences readers see for them are {@code base.ui.HiddenReasons}.
 */
public final class HiddenMarks {

    /** Stored as the public reason of an automatic hiding, whichever module's text it hides. */
    public static final String PENDING_REVIEW = "@reported";

    /**
     * Stored as the reason of a comment held for moderation before anyone read it (it has many links): only its
     * author and the moderators see it, with this mark, until a moderator approves or refuses it.
     */
    public static final String AWAITING_MODERATION = "@awaiting";

    private HiddenMarks() {
    }

    public static boolean awaitingModeration(@Nullable String reason) {
        return AWAITING_MODERATION.equals(reason);
    }

    /**
     * Whether a comment shows at all to this reader: one awaiting moderation only to its author and the moderators.
     */
    public static boolean listedFor(@Nullable String reason, boolean moderator, boolean mine) {
        return !awaitingModeration(reason) || moderator || mine;
    }

    /** Whether a comment's text shows: a hidden one's only to moderators, and to its author while it awaits them. */
    public static boolean textShownTo(boolean hidden, @Nullable String reason, boolean moderator, boolean mine) {
        return !hidden || moderator || (mine && awaitingModeration(reason));
    }
}
