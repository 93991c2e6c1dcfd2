package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.base.ui.CheckedDownload;
import fr.sensiblecity.ideas.IdeaService;

/**
 * An idea's image as the server re-encoded it; the service decides who may see it (as the idea's text: a hidden
 * idea's image only for its author and moderators).
 */
final class IdeaImageDownload {

    private IdeaImageDownload() {
    }

    static CheckedDownload of(IdeaService ideas, long ideaId) {
        return new CheckedDownload(() -> ideas.imageContent(ideaId)
                .map(image -> CheckedDownload.StoredFile.inline(image.contentType(), image.bytes())));
    }
}
