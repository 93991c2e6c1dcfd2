package fr.sensiblecity.base.live;

import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** One instance: there is nobody else to tell. */
@Component
@ConditionalOnProperty(name = "sensible.cluster.broker", havingValue = "none", matchIfMissing = true)
class InstanceRelay implements LiveRelay {

    @Override
    public void start(Consumer<Signal> received) {
        // Signals made here are delivered here by LiveSignals itself.
    }

    @Override
    public void send(Signal signal) {
        // No other instance.
    }
}
