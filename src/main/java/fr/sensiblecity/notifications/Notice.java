package fr.sensiblecity.notifications;

/**
 * What to tell residents, the same for every channel. The target's label (an idea's title) is captured when it
 * happens, so that the notice still reads as it did if the idea is renamed or hidden later.
 */
public record Notice(NotificationKind kind, TargetType targetType, long targetId, String targetLabel) {

    /** Fits the stored column; a title is at most 120 characters anyway. */
    static final int LABEL_MAX = 200;

    public Notice {
        if (targetLabel.length() > LABEL_MAX) {
            targetLabel = targetLabel.substring(0, LABEL_MAX);
        }
    }
}
