package fr.sensiblecity.panels;

import java.time.LocalDateTime;

/**
 * A facilitator added, moved (or otherwise changed) or cancelled a session; the panel's members and followers are
 * told. {@code startsAt} and {@code place} are the session's as it now stands.
 */
public record PanelScheduleChanged(long panelId, String question, ScheduleChange change, LocalDateTime startsAt,
        String place) {
}
