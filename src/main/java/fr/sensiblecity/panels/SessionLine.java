package fr.sensiblecity.panels;

import fr.sensiblecity.base.FreeText;
import java.time.LocalDateTime;

/** A session of the panel's schedule, in the territory's local time; its place and topic cleaned as one line each. */
public record SessionLine(LocalDateTime startsAt, String place, String topic) {

    public SessionLine {
        place = place == null ? null : FreeText.singleLine(place);
        topic = topic == null ? null : FreeText.singleLine(topic);
    }
}
