package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.notifications.UnreadCountChanged;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the pages a resident has open that their unread count changed, once it is committed; they update
 * through Vaadin Push. Delivery runs off the committing thread, so that a slow page never slows an answer to
 * an idea that thousands follow.
 */
@Component
class UnreadCountBroadcaster {

    private final Map<Long, Set<Runnable>> listenersByResident = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    Registration register(long residentId, Runnable onChange) {
        listenersByResident.computeIfAbsent(residentId, id -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> listenersByResident.computeIfPresent(residentId, (id, listeners) -> {
            listeners.remove(onChange);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void unreadCountChanged(UnreadCountChanged change) {
        for (long residentId : change.residentIds()) {
            for (Runnable listener : listenersByResident.getOrDefault(residentId, Set.of())) {
                delivery.execute(listener);
            }
        }
    }
}
