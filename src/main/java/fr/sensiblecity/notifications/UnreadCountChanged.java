package fr.sensiblecity.notifications;

import java.util.Set;

/**
 * These residents' unread counts changed. Published inside the transaction that changed them, so that the
 * bells open in browsers refresh after commit and show only what is stored.
 */
public record UnreadCountChanged(Set<Long> residentIds) {

    public UnreadCountChanged {
        residentIds = Set.copyOf(residentIds);
    }
}
