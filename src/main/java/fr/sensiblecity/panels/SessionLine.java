package fr.sensiblecity.panels;

import java.time.LocalDateTime;

/** A session of the panel's schedule, in the territory's local time; a cancelled one stays listed as cancelled. */
public record SessionLine(LocalDateTime startsAt, String place, String topic, boolean cancelled) {

    public SessionLine(LocalDateTime startsAt, String place, String topic) {
        this(startsAt, place, topic, false);
    }
}
