package fr.sensiblecity.notifications.ui;

import fr.sensiblecity.notifications.NotificationItem;

/**
 * Where a notification leads. Addresses rather than view classes, because the views of the modules that own
 * the targets are package-private to them, and this module must not reach into them. E-mails use them too.
 */
public final class NotificationLinks {

    private NotificationLinks() {
    }

    public static String href(NotificationItem item) {
        return switch (item.targetType()) {
            case IDEA -> "ideas/" + item.targetId();
            case AMENDMENT -> "amendments/" + item.targetId();
            case DRAFT_RESULTS -> "drafts/" + item.targetId() + "/results";
            case DRAFT -> "drafts/" + item.targetId();
            case PANEL -> "panels/" + item.targetId();
            case PROJECT -> "projects/" + item.targetId();
        };
    }
}
