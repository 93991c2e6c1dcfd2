package fr.sensiblecity.base.live;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a burst of the same signal into at most one action per window: the first signal after a quiet window acts
 * at once, later ones are gathered into one action at the window's end. The pending mark is cleared before the
 * action runs, so a signal that arrives while it runs is never lost: it schedules the next one.
 */
final class Coalescer<K> {

    private final long windowNanos;
    private final ScheduledExecutorService timer;
    private final Consumer<K> action;
    private final Map<K, Long> pending = new ConcurrentHashMap<>();
    private final Map<K, Long> lastRun = new ConcurrentHashMap<>();

    Coalescer(Duration window, ScheduledExecutorService timer, Consumer<K> action) {
        this.windowNanos = window.toNanos();
        this.timer = timer;
        this.action = action;
    }

    void offer(K key) {
        long now = System.nanoTime();
        if (pending.putIfAbsent(key, now) != null) {
            return;
        }
        Long last = lastRun.get(key);
        long wait = last == null ? 0 : Math.max(0, last + windowNanos - now);
        timer.schedule(() -> run(key), wait, TimeUnit.NANOSECONDS);
    }

    private void run(K key) {
        lastRun.put(key, System.nanoTime());
        pending.remove(key);
        action.accept(key);
        // Keys quiet for a while are forgotten, so that the map holds only what is busy now.
        if (lastRun.size() > 10_000) {
            long old = System.nanoTime() - 10 * windowNanos;
            lastRun.values().removeIf(time -> time < old);
        }
    }
}
