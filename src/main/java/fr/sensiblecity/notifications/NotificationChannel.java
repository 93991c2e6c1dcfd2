package fr.sensiblecity.notifications;

import java.util.Set;

/**
 * One way of telling residents: the in-app inbox now, e-mail later. Every channel bean receives every notice,
 * inside the transaction that records it, and decides for itself whom it reaches (an e-mail channel would
 * skip residents without an address or who opted out).
 */
public interface NotificationChannel {

    void deliver(Notice notice, Set<Long> recipients);
}
