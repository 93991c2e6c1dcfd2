package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.support.MariaDbTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Scheduled jobs run in production by default, and in a test only when the test asks for them. */
class SchedulingTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(Scheduling.class, NightlyJob.class);

    @Test
    void an_application_schedules_its_jobs_when_nothing_is_configured() {
        contexts.run(context -> assertThat(scheduled(context)).anySatisfy(
                task -> assertThat(task).endsWith("NightlyJob.run")));
    }

    @Test
    void an_application_with_scheduling_turned_off_schedules_nothing() {
        contexts.withPropertyValues("sensible.scheduling.enabled=false")
                .run(context -> assertThat(scheduled(context)).isEmpty());
    }

    @Nested
    @MariaDbTest
    class InTheTestProfile {

        @Autowired
        ApplicationContext context;

        @Test
        void no_job_fires_by_itself_while_tests_run() {
            assertThat(scheduled(context)).as("tests call the jobs themselves, or turn scheduling on").isEmpty();
        }
    }

    private static Set<String> scheduled(ApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::toString)
                .collect(Collectors.toSet());
    }

    static class NightlyJob {

        @Scheduled(cron = "0 0 3 * * *")
        void run() {
            // a job whose only interest here is whether it is scheduled
        }
    }
}
