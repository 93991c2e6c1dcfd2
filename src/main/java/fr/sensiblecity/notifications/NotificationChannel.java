package fr.sensiblecity.notifications;

import java.util.Set;

/**
 * One way of telling residents: the in-app inbox, e-mail. Every channel bean receives every notice, inside the
 * transaction that records it, and decides for itself whom it reaches (the e-mail channel skips residents without
 * an address or who opted out). {@code eventKey} names the event the notice comes from, the same each time that
 * event is delivered again, so that a channel can refuse to tell anyone twice.
 */
public interface NotificationChannel {

    void deliver(Notice notice, Set<Long> recipients, String eventKey);
}
