package fr.sensiblecity.ideas;

import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.moderation.ModeratedContent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Comments on ideas as the moderation module sees them, each found in its idea's discussion. */
@Component
class ModeratedComments implements ModeratedContent {

    private final CommentRepository comments;

    ModeratedComments(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public ContentKind kind() {
        return ContentType.COMMENT;
    }

    @Override
    public Locked lock(long id) {
        Comment comment = locked(id);
        return new Locked(comment.authorId(), comment.hidden());
    }

    @Override
    public void hide(long id, String publicReason) {
        locked(id).hide(publicReason);
    }

    @Override
    public void restore(long id) {
        locked(id).restore();
    }

    @Override
    public Map<Long, InContext> inContext(Collection<Long> ids) {
        Map<Long, InContext> found = new HashMap<>();
        comments.findAllById(ids).forEach(comment -> found.put(comment.id(), new InContext(
                comment.view(null, true).body(), comment.hidden(),
                "ideas/" + comment.ideaId() + "#comment-" + comment.id())));
        return found;
    }

    private Comment locked(long id) {
        return comments.lockById(id).orElseThrow(() -> new NotFound("comment.error.notFound"));
    }
}
