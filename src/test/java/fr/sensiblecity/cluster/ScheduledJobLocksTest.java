package fr.sensiblecity.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.support.JobRuns;
import fr.sensiblecity.support.MariaDbTest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every scheduled job that acts on shared data takes its cluster lock, however it is declared (a package-private
 * method too): with the job's lock held elsewhere, calling it through its bean does nothing.
 */
@MariaDbTest
class ScheduledJobLocksTest {

    /** Jobs that only tidy one instance's own memory: each instance must run them. */
    private static final Set<String> INSTANCE_LOCAL = Set.of("LocalTokenBuckets.forgetIdlePeople",
            // Each instance renews the presence of its own readers.
            "RedisPresenceBoard.renew",
            // Every instance sends e-mails; each claims its rows, so none is sent twice.
            "MailOut.sendDue");

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    LockProvider locks;

    @Autowired
    JobRuns runs;

    @Test
    void every_scheduled_job_on_shared_data_is_skipped_while_another_instance_holds_its_lock() throws Exception {
        List<String> locked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("fr.sensiblecity.")) {
                continue;
            }
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(type))) {
                if (!AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    continue;
                }
                String job = ClassUtils.getUserClass(type).getSimpleName() + "." + method.getName();
                SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
                if (lock == null) {
                    assertThat(INSTANCE_LOCAL).as(job + " runs on every instance: add @SchedulerLock").contains(job);
                    continue;
                }
                SimpleLock heldElsewhere = locks.lock(new LockConfiguration(Instant.now(), lock.name(),
                        Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
                try {
                    int skippedBefore = runs.skipped(lock.name());
                    int ranBefore = runs.ran(lock.name());
                    ReflectionUtils.makeAccessible(method);
                    method.invoke(context.getBean(name));
                    assertThat(runs.skipped(lock.name())).as(job + " skipped").isEqualTo(skippedBefore + 1);
                    assertThat(runs.ran(lock.name())).as(job + " ran").isEqualTo(ranBefore);
                } finally {
                    heldElsewhere.unlock();
                }
                locked.add(job);
            }
        }
        assertThat(locked).contains("CampaignClosingJob.closeDue", "DailyDigest.sendDigests",
                "PanelRetention.purgeOnSchedule");
    }
}
