package fr.sensiblecity.base.live;

import fr.sensiblecity.base.ClusterSettings;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Signals between instances over one Redis publish/subscribe channel. Each message is {@code instance TOPIC:id};
 * an instance skips its own messages, which it has already delivered. Publish/subscribe keeps nothing: a signal
 * sent while an instance is disconnected is missed, and its pages catch up at the next change.
 */
@Component
@ConditionalOnProperty(name = "sensible.cluster.broker", havingValue = "redis")
class RedisLiveRelay implements LiveRelay {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLiveRelay.class);

    private final String instance = UUID.randomUUID().toString();
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private final String channel;
    private volatile long lastWarning;

    RedisLiveRelay(StringRedisTemplate redis, RedisConnectionFactory connections, ClusterSettings settings) {
        this.redis = redis;
        this.channel = settings.keyPrefix() + "live";
        container.setConnectionFactory(connections);
    }

    @Override
    public void start(Consumer<Signal> received) {
        container.addMessageListener((message, pattern) -> {
            String text = new String(message.getBody(), StandardCharsets.UTF_8);
            int space = text.indexOf(' ');
            if (space > 0 && !text.substring(0, space).equals(instance)) {
                received.accept(Signal.decode(text.substring(space + 1)));
            }
        }, new ChannelTopic(channel));
        container.afterPropertiesSet();
        container.start();
    }

    @Override
    public void send(Signal signal) {
        try {
            redis.convertAndSend(channel, instance + " " + signal.encode());
        } catch (RedisConnectionFailureException unreachable) {
            // Pages on this instance are still told; others catch up when Redis is back. One warning a minute.
            long now = System.currentTimeMillis();
            if (now - lastWarning > 60_000) {
                lastWarning = now;
                LOG.warn("Live updates cannot reach other instances: {}", unreachable.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() throws Exception {
        container.stop();
        container.destroy();
    }
}
