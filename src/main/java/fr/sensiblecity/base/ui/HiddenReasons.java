package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** A hiding's public reason as readers see it: a moderator's words, or a sentence for an automatic hiding. */
public final class HiddenReasons {

    /** Stored as the public reason of an automatic hiding, whichever module's text it hides. */
    public static final String PENDING_REVIEW = "@reported";

    private HiddenReasons() {
    }

    public static String describe(Component page, @Nullable String reason) {
        if (reason == null || PENDING_REVIEW.equals(reason)) {
            return page.getTranslation("moderation.pendingReview");
        }
        return reason;
    }
}
