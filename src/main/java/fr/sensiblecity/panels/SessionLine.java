package fr.sensiblecity.panels;

import java.time.LocalDateTime;

/** A session of the panel's schedule, in the territory's local time. */
public record SessionLine(LocalDateTime startsAt, String place, String topic) {
}
