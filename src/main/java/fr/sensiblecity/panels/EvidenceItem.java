package fr.sensiblecity.panels;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a panel's evidence library: a link ({@code url}) or a document ({@code fileName}, size, type). */
public record EvidenceItem(long id, String title, @Nullable String url, @Nullable String fileName,
        @Nullable String contentType, @Nullable Long sizeBytes, EvidenceSource source, String sourceName,
        Instant addedAt) {

    public boolean isDocument() {
        return fileName != null;
    }
}
