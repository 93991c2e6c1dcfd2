package fr.sensiblecity.moderation;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The extension point through which a module's texts are reported and moderated: one Spring bean per kind of
 * content. Every method runs inside the moderation service's transaction.
 */
public interface ModeratedContent {

    ContentKind kind();

    /**
     * Locks the content's row for the rest of the transaction and tells who wrote it and whether it is hidden.
     * Reports, automatic hidings and moderators' decisions on the same content take this lock first, so that
     * they happen one after the other. Throws {@link fr.sensiblecity.base.NotFound} for content that does not
     * exist or that the signed-in person may not read.
     */
    Locked lock(long id);

    /** Hides the locked content with the public reason shown in place of its text. */
    void hide(long id, String publicReason);

    /** Shows the locked content again and forgets the reason of its hiding. */
    void restore(long id);

    /** The moderators' view of each content that still exists: its whole text and where it is read. */
    Map<Long, InContext> inContext(Collection<Long> ids);

    /** The content's author (null once they erased their account) and whether it is hidden now. */
    record Locked(@Nullable Long authorId, boolean hidden) {
    }

    /** The whole text, hidden or not, and the address of the page that shows it, anchor included. */
    record InContext(String text, boolean hidden, String link) {
    }
}
