package fr.sensiblecity.notifications;

import java.time.Instant;

/** One line of a resident's inbox. */
public record NotificationItem(long id, NotificationKind kind, TargetType targetType, long targetId, String targetLabel,
        Instant createdAt, boolean read) {
}
