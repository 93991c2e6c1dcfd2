/**
 * Telling residents what changed in what they care about. Residents follow ideas (an author is always told
 * about their own idea, without following it); events that other modules publish become notices, delivered
 * through every {@link fr.sensiblecity.notifications.NotificationChannel} (today the in-app inbox with its bell
 * and live unread count; e-mail later). It is a module of its own, listening to the others while none depends
 * on it, so that a feature only announces what happened and never needs to know who is told, or how.
 */
@NullMarked
package fr.sensiblecity.notifications;

import org.jspecify.annotations.NullMarked;
