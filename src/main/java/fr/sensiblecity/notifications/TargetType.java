package fr.sensiblecity.notifications;

/** The kinds of things residents follow and notifications point to; stored by name. */
public enum TargetType {
    IDEA,
    PANEL,
    PROJECT,
    AMENDMENT,
    DRAFT_RESULTS
}
