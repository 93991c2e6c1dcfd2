package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.sensiblecity.base.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory only up to a limit that the server enforces while the bytes arrive: a declared size
 * above it is refused before a byte is read, and a body that grows past it (chunked, or lying about its length)
 * stops being read there. The browser's own limit is only a courtesy; a direct POST meets this one. The refusal
 * is the given sentence, in the reader's language, and the callback never runs, so nothing is stored.
 */
public final class BoundedUpload implements UploadHandler {

    /** Slack for the multipart envelope around one file. */
    private static final long ENVELOPE = 64 * 1024;

    private final long maxBytes;
    private final String tooLargeKey;
    private final Object[] tooLargeArguments;
    private final SerializableBiConsumer<String, byte[]> received;

    public BoundedUpload(long maxBytes, String tooLargeKey, Object[] tooLargeArguments,
            SerializableBiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        this.tooLargeKey = tooLargeKey;
        this.tooLargeArguments = tooLargeArguments.clone();
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream((int) Math.min(Math.max(event.getFileSize(), 0),
                maxBytes));
        try (InputStream in = event.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    refuse(event, ui);
                    return;
                }
                content.write(buffer, 0, read);
            }
        }
        byte[] bytes = content.toByteArray();
        String fileName = event.getFileName();
        ui.access(() -> received.accept(fileName, bytes));
    }

    private void refuse(UploadEvent event, UI ui) {
        DomainException refusal = new DomainException(tooLargeKey, tooLargeArguments);
        event.reject(ui.getTranslation(tooLargeKey, tooLargeArguments));
        ui.access(() -> Notifications.refused(refusal));
    }

    /** Multipart bodies are parsed by the servlet container first: these bound what it accepts. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE;
    }
}
