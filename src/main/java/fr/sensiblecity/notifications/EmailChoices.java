package fr.sensiblecity.notifications;

import java.util.EnumSet;
import java.util.Set;

/** A resident's e-mail address, given only for notifications, and which events reach it, at once or daily. */
public record EmailChoices(String address, boolean digest, Set<NotificationKind> kinds) {

    public EmailChoices {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }
}
