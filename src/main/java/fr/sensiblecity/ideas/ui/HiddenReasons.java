package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.Component;
import fr.sensiblecity.ideas.ReportService;
import org.jspecify.annotations.Nullable;

/** A hiding's public reason as readers see it: a moderator's words, or a sentence for an automatic hiding. */
final class HiddenReasons {

    private HiddenReasons() {
    }

    static String describe(Component page, @Nullable String reason) {
        if (reason == null || ReportService.HIDDEN_PENDING_REVIEW.equals(reason)) {
            return page.getTranslation("moderation.pendingReview");
        }
        return reason;
    }
}
