package fr.sensiblecity.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One kept version of a section, and the accepted amendment that made it (none for the first). */
public record SectionVersion(long sectionId, int number, String text, @Nullable Long amendmentId, Instant createdAt) {
}
