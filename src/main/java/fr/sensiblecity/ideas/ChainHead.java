package fr.sensiblecity.ideas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An idea's support-chain head as published: the hash of its last support event, how many events the chain holds,
 * and when the head was computed (null, with an empty head, before the first support).
 */
public record ChainHead(String head, long length, @Nullable Instant computedAt) {
}
