package fr.sensiblecity.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Who has a page open on something ("who else is reading"), across every instance. Arrivals and departures are
 * signalled under the same topic and key, so a page that shows presence listens there with {@link LiveSignals}.
 */
public interface PresenceBoard {

    /** Counts one open page of {@code name} on {@code key}; removing the registration says the page closed. */
    Registration enter(LiveTopic place, long key, String name);

    /** The names of those present, each once, sorted. */
    List<String> present(LiveTopic place, long key);
}
