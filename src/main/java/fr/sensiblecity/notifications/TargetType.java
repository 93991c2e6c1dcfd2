package fr.sensiblecity.notifications;

/** The kinds of things residents follow and notifications point to; stored by name. */
public enum TargetType {
    IDEA,
    AMENDMENT,
    DRAFT_RESULTS,
    PANEL
}
