package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.drafts.DraftActivity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps draft pages live through Vaadin Push: passes committed activity on a draft to the pages showing it, and
 * knows who is looking at which draft, so each page can say who else is here. Delivery runs off the request
 * thread so that a slow page never slows a vote down. Presence is per server and forgotten on restart.
 */
@Component
class DraftBroadcaster {

    private final Set<Consumer<DraftActivity>> listeners = ConcurrentHashMap.newKeySet();
    private final Map<Long, Map<Object, String>> viewers = new ConcurrentHashMap<>();
    private final Map<Long, Set<Runnable>> presenceListeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    Registration register(Consumer<DraftActivity> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Keeps a page live: while it is attached, committed activity on the draft it shows runs {@code refresh} in the
     * page's UI. Vaadin's security strategy gives access() the session's sign-in, so the services see the reader.
     */
    void keepLive(com.vaadin.flow.component.Component page, Supplier<@Nullable Long> shownDraft, Runnable refresh) {
        page.addAttachListener(attach -> {
            Registration listening = register(activity -> {
                Long shown = shownDraft.get();
                if (shown != null && shown == activity.draftId()) {
                    attach.getUI().access(refresh::run);
                }
            });
            page.addDetachListener(detach -> {
                listening.remove();
                detach.unregisterListener();
            });
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void activity(DraftActivity activity) {
        for (Consumer<DraftActivity> listener : listeners) {
            delivery.execute(() -> listener.accept(activity));
        }
    }

    /**
     * Says that a page shows the draft to this person, and calls {@code changed} whenever the draft's viewers
     * change (including now). The registration leaves.
     */
    Registration enter(long draftId, String name, Runnable changed) {
        Object page = new Object();
        viewers.computeIfAbsent(draftId, id -> new ConcurrentHashMap<>()).put(page, name);
        presenceListeners.computeIfAbsent(draftId, id -> ConcurrentHashMap.newKeySet()).add(changed);
        notifyPresence(draftId);
        return () -> {
            viewers.getOrDefault(draftId, Map.of()).remove(page);
            presenceListeners.getOrDefault(draftId, Set.of()).remove(changed);
            notifyPresence(draftId);
        };
    }

    /** The names of those looking at the draft, each once, sorted. */
    List<String> viewersOf(long draftId) {
        return viewers.getOrDefault(draftId, Map.of()).values().stream().distinct().sorted().toList();
    }

    private void notifyPresence(long draftId) {
        for (Runnable listener : presenceListeners.getOrDefault(draftId, Set.of())) {
            delivery.execute(listener);
        }
    }
}
