/**
 * The pages of notifications: the bell in the header with its live unread count, the inbox page, and the
 * follow button that this module adds to an idea's page through {@link fr.sensiblecity.base.ui.DetailActions}.
 */
@NullMarked
package fr.sensiblecity.notifications.ui;

import org.jspecify.annotations.NullMarked;
