package fr.sensiblecity.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutorListener;
import org.springframework.stereotype.Component;

/**
 * What the scheduled-job locks decided in this application context, per job name: the runs that went ahead and
 * those skipped because another run (here or on another instance) held the job's lock. Present in every test
 * context, including a {@link SecondInstance}.
 */
@Component
public class JobRuns implements LockingTaskExecutorListener {

    private final Map<String, AtomicInteger> ran = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> skipped = new ConcurrentHashMap<>();

    @Override
    public void onTaskStarted(LockConfiguration lock) {
        ran.computeIfAbsent(lock.getName(), any -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void onLockNotAcquired(LockConfiguration lock) {
        skipped.computeIfAbsent(lock.getName(), any -> new AtomicInteger()).incrementAndGet();
    }

    public int ran(String job) {
        return ran.getOrDefault(job, new AtomicInteger()).get();
    }

    public int skipped(String job) {
        return skipped.getOrDefault(job, new AtomicInteger()).get();
    }

    public void forget() {
        ran.clear();
        skipped.clear();
    }
}
