package fr.sensiblecity.notifications;

import java.util.Locale;

/** What a notification says happened; stored by name, shown through its translation key. */
public enum NotificationKind {
    IDEA_MATURED,
    IDEA_ANSWERED,
    COMMENT_REPLIED,
    AMENDMENT_DECIDED,
    RECOMMENDATION_ANSWERED,
    PANEL_SELECTED,
    PANEL_RESERVE,
    IDEA_PROMOTED,
    PROJECT_PHASE_CHANGED,
    CAMPAIGN_SUCCEEDED,
    CAMPAIGN_FAILED,
    PANEL_PHASE_CHANGED,
    PANEL_SCHEDULE_CHANGED,
    PROPOSAL_PUT_TO_VOTE,
    PROPOSAL_DECLINED,
    PROPOSAL_MERGED,
    PROPOSAL_MERGE_ASKED,
    PROPOSAL_WITHDRAWN;

    /** The sentence, with the target's label as its argument. */
    public String messageKey() {
        return "notifications.kind." + name().toLowerCase(Locale.ROOT);
    }
}
