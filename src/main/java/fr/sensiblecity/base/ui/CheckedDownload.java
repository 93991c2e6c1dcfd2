package fr.sensiblecity.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;

/**
 * Serves a stored file whose type the server checked at upload, with headers written here rather than by Vaadin
 * (whose own header puts a plain ASCII name between quotes as it is): the stored type, {@code nosniff}, and either
 * an attachment named per RFC 6266 (an ASCII fallback and the UTF-8 name) or, for an image shown in a page, a short
 * private cache. The source asks the owning module's service, which decides who may see the file: nothing found
 * is a 404.
 */
public final class CheckedDownload implements DownloadHandler {

    /** The bytes, their checked type, and the cleaned name to save them under (null: shown inline). */
    public record StoredFile(String contentType, byte[] content, @Nullable String attachmentName) {

        public static StoredFile inline(String contentType, byte[] content) {
            return new StoredFile(contentType, content, null);
        }

        public static StoredFile attachment(String cleanedName, String contentType, byte[] content) {
            return new StoredFile(contentType, content, cleanedName);
        }
    }

    private final Supplier<Optional<StoredFile>> source;

    public CheckedDownload(Supplier<Optional<StoredFile>> source) {
        this.source = source;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinResponse response = event.getResponse();
        Optional<StoredFile> found = source.get();
        if (found.isEmpty()) {
            response.setStatus(404);
            return;
        }
        StoredFile file = found.get();
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.attachmentName() == null) {
            response.setHeader("Cache-Control", "private, max-age=300");
        } else {
            response.setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename(file.attachmentName(), StandardCharsets.UTF_8).build().toString());
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(file.content());
        }
    }
}
