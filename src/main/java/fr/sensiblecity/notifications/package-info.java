/**
 * Telling residents what changed in what they care about. Residents follow ideas, projects and panels (an author
 * is always told about their own idea, without following it); events that other modules publish become notices,
 * delivered through every {@link fr.sensiblecity.notifications.NotificationChannel} (the in-app inbox with its
 * bell and live unread count, and e-mail). It is a module of its own, listening to the others while none depends
 * on it, so that a feature only announces what happened and never needs to know who is told, or how. Its
 * listeners are Spring Modulith application module listeners: each event is recorded in the publishing
 * transaction and delivered in the background, again after an instance died, but only once (see
 * {@code Deliveries}); e-mails wait in an outbox table until sent. Persistence is {@code JdbcTemplate}: rows
 * written in batches and short reads, no aggregate rules.
 */
@NullMarked
package fr.sensiblecity.notifications;

import org.jspecify.annotations.NullMarked;
