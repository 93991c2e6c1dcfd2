package fr.sensiblecity.projects;

/** A project moved to another phase; its followers are told. */
public record ProjectPhaseChanged(long projectId, ProjectPhase phase) {
}
