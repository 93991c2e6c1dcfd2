package fr.sensiblecity.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When events whose listeners did not finish are delivered again (see {@link EventRedelivery}).
 *
 * @param resubmitEvery how often each instance looks for them
 * @param resubmitAfter how old a publication must be before it is taken as abandoned: longer than a listener
 *         normally takes, since a publication still in progress on a live instance is delivered a second time
 *         (harmlessly: listeners skip a publication already done, but it costs a query)
 * @param giveUpAfter publications older than this are left alone, for an operator to look at
 * @param keepCompletedFor completed publications are deleted after this long (kept meanwhile for inspection)
 */
@ConfigurationProperties("sensible.events")
public record EventRedeliverySettings(
        @DefaultValue("1m") Duration resubmitEvery,
        @DefaultValue("2m") Duration resubmitAfter,
        @DefaultValue("1d") Duration giveUpAfter,
        @DefaultValue("7d") Duration keepCompletedFor) {
}
