package fr.sensiblecity.drafts;

import org.jspecify.annotations.Nullable;

/** Someone taking part in a draft, with the organisation they speak for and their thematic group (open processes). */
public record Participant(long residentId, String name, @Nullable String organisation, @Nullable String group) {
}
