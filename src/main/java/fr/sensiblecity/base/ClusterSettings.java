package fr.sensiblecity.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances share what one JVM used to keep to itself. {@code NONE}: one instance, everything in memory, as
 * with the embedded default. {@code REDIS}: several instances share live updates, presence and limits through
 * Redis at {@code spring.data.redis.*}; every key and channel starts with {@code keyPrefix}, so that several
 * platforms (or tests) can share one Redis.
 *
 * @param liveWindow a page hears of the same thing at most once per window; the last change always arrives
 * @param presenceTtl how long an instance that stopped refreshing still counts its readers as present
 */
@ConfigurationProperties("sensible.cluster")
public record ClusterSettings(@DefaultValue("NONE") Broker broker, @DefaultValue("sc:") String keyPrefix,
        @DefaultValue("250ms") Duration liveWindow, @DefaultValue("30s") Duration presenceTtl) {

    @NotShownToPeople("an operator setting in the configuration file")
    public enum Broker {
        NONE,
        REDIS
    }
}
