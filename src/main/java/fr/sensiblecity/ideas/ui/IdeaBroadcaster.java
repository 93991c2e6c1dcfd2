package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.live.LiveSignals;
import fr.sensiblecity.base.live.LiveTopic;
import fr.sensiblecity.ideas.CommentPosted;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSupportsChanged;
import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps idea pages live, on every instance. A support or a comment is signalled once its transaction commits
 * ({@link LiveSignals} waits for the commit); the pages of that idea alone hear of it, a few times a second at
 * most. For counts, each instance reads the stored count once per signal and hands the same number to all its
 * pages of that idea, so a thousand open pages cost one query, not a thousand.
 */
@Component
class IdeaBroadcaster {

    private final LiveSignals signals;
    private final IdeaService ideas;
    private final Map<Long, Set<IntConsumer>> countWatchers = new HashMap<>();
    private final Map<Long, Registration> countReaders = new HashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    IdeaBroadcaster(LiveSignals signals, IdeaService ideas) {
        this.signals = signals;
        this.ideas = ideas;
    }

    /** Hands {@code onCount} the idea's stored support count after each change, until removed. */
    synchronized Registration watchSupports(long ideaId, IntConsumer onCount) {
        countWatchers.computeIfAbsent(ideaId, id -> ConcurrentHashMap.newKeySet()).add(onCount);
        countReaders.computeIfAbsent(ideaId, id -> signals.listen(LiveTopic.IDEA_SUPPORTS, id, () -> readAndTell(id)));
        return () -> unwatch(ideaId, onCount);
    }

    /** Runs {@code onComment} after comments are posted on the idea, until removed. */
    Registration watchComments(long ideaId, Runnable onComment) {
        return signals.listen(LiveTopic.IDEA_COMMENTS, ideaId, onComment);
    }

    private synchronized void unwatch(long ideaId, IntConsumer onCount) {
        Set<IntConsumer> watchers = countWatchers.get(ideaId);
        if (watchers != null && watchers.remove(onCount) && watchers.isEmpty()) {
            countWatchers.remove(ideaId);
            countReaders.remove(ideaId).remove();
        }
    }

    private void readAndTell(long ideaId) {
        Set<IntConsumer> watchers;
        synchronized (this) {
            watchers = countWatchers.get(ideaId);
        }
        if (watchers == null) {
            return;
        }
        int count = ideas.supportCount(ideaId);
        for (IntConsumer watcher : watchers) {
            delivery.execute(() -> watcher.accept(count));
        }
    }

    // Plain listeners, called inside the publishing transaction: LiveSignals then signals after commit. Live
    // signals are not worth a durable publication each: a missed one is made good by the next.
    @EventListener
    void commentPosted(CommentPosted posted) {
        signals.signal(LiveTopic.IDEA_COMMENTS, posted.ideaId());
    }

    @EventListener
    void supportsChanged(IdeaSupportsChanged change) {
        signals.signal(LiveTopic.IDEA_SUPPORTS, change.ideaId());
    }

    @PreDestroy
    void stop() {
        delivery.close();
    }
}
