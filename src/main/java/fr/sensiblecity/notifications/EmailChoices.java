package fr.sensiblecity.notifications;

import java.util.EnumSet;
import java.util.Set;

/**
 * A resident's e-mail address, given only for notifications, and which events reach it, at once or daily. Nothing
 * goes to the address until {@code confirmed}: its owner followed the link sent to it.
 */
public record EmailChoices(String address, boolean digest, Set<NotificationKind> kinds, boolean confirmed) {

    public EmailChoices {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }
}
