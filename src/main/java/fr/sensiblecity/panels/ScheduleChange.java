package fr.sensiblecity.panels;

/** What happened to one session of a panel's schedule. */
public enum ScheduleChange {
    ADDED,
    MOVED,
    CANCELLED
}
