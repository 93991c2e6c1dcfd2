package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.Component;
import fr.sensiblecity.base.HiddenMarks;
import org.jspecify.annotations.Nullable;

/** A hiding's public reason as readers see it: a moderator's words, or a sentence for an automatic hiding. */
public final class HiddenReasons {

    private HiddenReasons() {
    }

    /** The sentence a hidden comment shows in the discussion: awaiting moderation, or hidden and why. */
    public static String commentNotice(Component page, @Nullable String reason) {
        return HiddenMarks.awaitingModeration(reason) ? page.getTranslation("comments.awaitingModeration")
                : page.getTranslation("comments.hidden", describe(page, reason));
    }

    public static String describe(Component page, @Nullable String reason) {
        if (reason == null || HiddenMarks.PENDING_REVIEW.equals(reason)) {
            return page.getTranslation("moderation.pendingReview");
        }
        return reason;
    }
}
