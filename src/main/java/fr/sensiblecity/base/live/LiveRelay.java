package fr.sensiblecity.base.live;

import java.util.function.Consumer;

/** Carries signals to the other instances and brings theirs back. */
interface LiveRelay {

    /** Starts hearing the other instances' signals; each is handed to {@code received}. */
    void start(Consumer<Signal> received);

    /** Tells the other instances; never throws: a live update is not worth failing anything for. */
    void send(Signal signal);
}
