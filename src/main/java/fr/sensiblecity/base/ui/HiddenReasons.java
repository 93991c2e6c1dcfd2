package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** A hiding's public reason as readers see it: a moderator's words, or a sentence for an automatic hiding. */
public final class HiddenReasons {

    /** Stored as the public reason of an automatic hiding, whichever module's text it hides. */
    public static final String PENDING_REVIEW = "@reported";

    /**
     * Stored as the reason of a comment held for moderation before anyone read it (it has many links): only its
     * author and the moderators see it, with this mark, until a moderator approves or refuses it.
     */
    public static final String AWAITING_MODERATION = "@awaiting";

    private HiddenReasons() {
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

    /** The sentence a hidden comment shows in the discussion: awaiting moderation, or hidden and why. */
    public static String commentNotice(Component page, @Nullable String reason) {
        return awaitingModeration(reason) ? page.getTranslation("comments.awaitingModeration")
                : page.getTranslation("comments.hidden", describe(page, reason));
    }

    public static String describe(Component page, @Nullable String reason) {
        if (reason == null || PENDING_REVIEW.equals(reason)) {
            return page.getTranslation("moderation.pendingReview");
        }
        return reason;
    }
}
