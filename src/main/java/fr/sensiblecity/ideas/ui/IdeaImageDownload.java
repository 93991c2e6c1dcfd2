package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.sensiblecity.ideas.IdeaImage;
import fr.sensiblecity.ideas.IdeaService;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Serves an idea's image as the server re-encoded it, with its checked type and {@code nosniff}; the service
 * decides who may see it (as the idea's text: a hidden idea's image only for its author and moderators).
 */
final class IdeaImageDownload implements DownloadHandler {

    private final IdeaService ideas;
    private final long ideaId;

    IdeaImageDownload(IdeaService ideas, long ideaId) {
        this.ideas = ideas;
        this.ideaId = ideaId;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinResponse response = event.getResponse();
        Optional<IdeaImage.Content> found = ideas.imageContent(ideaId);
        if (found.isEmpty()) {
            response.setStatus(404);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentType(found.get().contentType());
        response.setContentLengthLong(found.get().bytes().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(found.get().bytes());
        }
    }
}
