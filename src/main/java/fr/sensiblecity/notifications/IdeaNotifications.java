package fr.sensiblecity.notifications;

import fr.sensiblecity.ideas.CommentReplied;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what happens to ideas into notices. Each runs after the ideas module's transaction commits, so nobody
 * is told about a change that was rolled back, and in a transaction of its own, so that a failure here never
 * undoes a support or an answer. The author is always told about their own idea, without a follow row: they
 * cannot stop hearing about it, and being both author and follower never tells them twice.
 */
@Component
class IdeaNotifications {

    private final IdeaService ideas;
    private final Follows follows;
    private final Notifier notifier;

    IdeaNotifications(IdeaService ideas, Follows follows, Notifier notifier) {
        this.ideas = ideas;
        this.follows = follows;
        this.notifier = notifier;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ideaMatured(IdeaMatured matured) {
        notifier.tell(notice(NotificationKind.IDEA_MATURED, matured.ideaId()),
                authorAndFollowers(matured.ideaId(), matured.authorId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ideaAnswered(IdeaAnswered answered) {
        notifier.tell(notice(NotificationKind.IDEA_ANSWERED, answered.ideaId()),
                authorAndFollowers(answered.ideaId(), answered.authorId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void commentReplied(CommentReplied reply) {
        Long parentAuthor = reply.parentAuthorId();
        if (parentAuthor == null || parentAuthor == reply.replyAuthorId()) {
            return;
        }
        notifier.tell(notice(NotificationKind.COMMENT_REPLIED, reply.ideaId()), Set.of(parentAuthor));
    }

    private Set<Long> authorAndFollowers(long ideaId, @Nullable Long authorId) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (authorId != null) {
            recipients.add(authorId);
        }
        recipients.addAll(follows.followersOf(TargetType.IDEA, ideaId));
        return recipients;
    }

    private Notice notice(NotificationKind kind, long ideaId) {
        return new Notice(kind, TargetType.IDEA, ideaId, ideas.findIdea(ideaId).title());
    }
}
