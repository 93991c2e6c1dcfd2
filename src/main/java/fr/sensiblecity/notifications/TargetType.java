package fr.sensiblecity.notifications;

import fr.sensiblecity.base.NotShownToPeople;

/** The kinds of things residents follow and notifications point to; stored by name. */
@NotShownToPeople("what a notification links to; the notice itself is written by NotificationKind")
public enum TargetType {
    IDEA,
    PANEL,
    PROJECT,
    AMENDMENT,
    DRAFT_RESULTS,
    DRAFT
}
