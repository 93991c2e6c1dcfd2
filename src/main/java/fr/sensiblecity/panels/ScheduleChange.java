package fr.sensiblecity.panels;

import fr.sensiblecity.base.NotShownToPeople;

/** What happened to one session of a panel's schedule. */
@NotShownToPeople("the notice says the schedule changed; the audit trail names the action (PANEL_SESSION_*)")
public enum ScheduleChange {
    ADDED,
    MOVED,
    CANCELLED
}
