package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.ideas.CommentPosted;
import fr.sensiblecity.ideas.IdeaSupportsChanged;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes committed support changes to the pages open in browsers, which update through Vaadin Push. Delivery
 * runs off the request thread so that a slow page never slows a support down.
 */
@Component
class IdeaBroadcaster {

    private final Set<Consumer<IdeaSupportsChanged>> listeners = ConcurrentHashMap.newKeySet();
    private final Set<Consumer<CommentPosted>> commentListeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    Registration register(Consumer<IdeaSupportsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    Registration registerComments(Consumer<CommentPosted> listener) {
        commentListeners.add(listener);
        return () -> commentListeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void commentPosted(CommentPosted posted) {
        for (Consumer<CommentPosted> listener : commentListeners) {
            delivery.execute(() -> listener.accept(posted));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void supportsChanged(IdeaSupportsChanged change) {
        for (Consumer<IdeaSupportsChanged> listener : listeners) {
            delivery.execute(() -> listener.accept(change));
        }
    }
}
