package fr.sensiblecity.panels;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member's request to hear an expert on a question; {@code askedBy} is a display name, for facilitators only. */
public record ExpertRequest(long id, String question, @Nullable String askedBy, Instant createdAt) {
}
