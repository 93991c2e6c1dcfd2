package fr.sensiblecity.panels.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.sensiblecity.panels.EvidenceService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;

/**
 * Serves one evidence document with headers written here rather than by Vaadin, whose own header puts a plain
 * ASCII name between quotes as it is: always an attachment, named per RFC 6266 (an ASCII fallback and the UTF-8
 * name) from the cleaned name, with the checked type stored at upload and {@code nosniff}, so that no browser
 * renders a document as a page.
 */
final class EvidenceDownload implements DownloadHandler {

    private final EvidenceService evidence;
    private final long evidenceId;

    EvidenceDownload(EvidenceService evidence, long evidenceId) {
        this.evidence = evidence;
        this.evidenceId = evidenceId;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinResponse response = event.getResponse();
        Optional<EvidenceService.Document> found = evidence.document(evidenceId);
        if (found.isEmpty()) {
            response.setStatus(404);
            return;
        }
        EvidenceService.Document document = found.get();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(document.fileName()));
        response.setContentType(document.contentType());
        response.setContentLengthLong(document.content().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(document.content());
        }
    }

    static String contentDisposition(String cleanedName) {
        return ContentDisposition.attachment().filename(cleanedName, StandardCharsets.UTF_8).build().toString();
    }
}
