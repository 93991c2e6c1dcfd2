package fr.sensiblecity.ideas;

import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.moderation.ModeratedContent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Comments on ideas as the moderation module sees them, each found in its idea's discussion. */
@Component
class ModeratedComments implements ModeratedContent {

    private final CommentRepository comments;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ModeratedComments(CommentRepository comments, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.comments = comments;
        this.jdbc = jdbc;
        this.events = events;
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
        Comment comment = locked(id);
        boolean held = HiddenMarks.awaitingModeration(comment.hiddenReason());
        comment.restore();
        if (held) {
            // Approved: it counts now, and the thread's author hears of the reply (held, it was told to nobody).
            jdbc.update("update idea set comment_count = comment_count + 1 where id = ?", comment.ideaId());
            if (comment.parentId() != null) {
                comments.findById(comment.parentId()).map(Comment::authorId)
                        .filter(parentAuthor -> !parentAuthor.equals(comment.authorId()) && comment.authorId() != null)
                        .ifPresent(parentAuthor -> events.publishEvent(new CommentReplied(comment.ideaId(), id,
                                parentAuthor, comment.authorId())));
            }
        }
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
