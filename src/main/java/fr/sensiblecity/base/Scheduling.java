package fr.sensiblecity.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (campaign closing, the daily digest, retention, event redelivery, the e-mail poll, presence
 * renewal) run unless {@code sensible.scheduling.enabled} is false. Tests turn them off: a job firing on its own
 * would race with the test that calls it at the moment it chooses, or take up what another test context left.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sensible.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class Scheduling {
}
