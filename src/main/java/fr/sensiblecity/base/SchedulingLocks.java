package fr.sensiblecity.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that act on shared data (campaign closing, the daily digest, retention) run on one instance at
 * a time: each such method carries {@code @SchedulerLock}, and an instance that finds the job's row in the
 * {@code shedlock} table held skips that run. The table lives in the application's own database, so a single
 * instance needs nothing more, and the lock lasts exactly as long as the data it protects is reachable.
 *
 * <p>Lock times are the database's clock ({@code usingDbTime}): instances whose clocks drift apart still agree
 * on when a lock expires. {@code lockAtLeastFor} on each job covers what remains, the same cron firing a few
 * milliseconds apart on two instances. Jobs that only tidy an instance's own memory take no lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instanceName())
                .build());
    }

    /**
     * Who holds a lock, for the operator reading the table, and unique per instance: ShedLock releases a lock
     * by this value, and two instances on one host (or two contexts in one JVM) would otherwise share it.
     */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            host = "unknown-host"; // the name is only a label; uniqueness comes from the rest
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
