package fr.sensiblecity.notifications;

import fr.sensiblecity.ideas.CommentReplied;
import fr.sensiblecity.ideas.IdeaAnswered;
import fr.sensiblecity.ideas.IdeaMatured;
import fr.sensiblecity.ideas.IdeaService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to ideas into notices. Each runs after the ideas module's transaction commits, so nobody
 * is told about a change that was rolled back, in the background and in a transaction of its own, so that a
 * failure here never undoes a support or an answer; the event was recorded with that transaction, so an instance
 * dying before this ran leaves it to be delivered later (see {@link Deliveries}). The author is always told about
 * their own idea, without a follow row: they cannot stop hearing about it, and being both author and follower
 * never tells them twice. Listener ids are stored with each pending event: renaming one strands its events.
 */
@Component
class IdeaNotifications {

    static final String MATURED = "notifications.idea-matured";
    static final String ANSWERED = "notifications.idea-answered";
    static final String REPLIED = "notifications.comment-replied";

    private final IdeaService ideas;
    private final Follows follows;
    private final Notifier notifier;
    private final Deliveries deliveries;

    IdeaNotifications(IdeaService ideas, Follows follows, Notifier notifier, Deliveries deliveries) {
        this.ideas = ideas;
        this.follows = follows;
        this.notifier = notifier;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener(id = MATURED)
    void ideaMatured(IdeaMatured matured) {
        deliveries.claim(MATURED, matured).ifPresent(key -> notifier.tell(
                notice(NotificationKind.IDEA_MATURED, matured.ideaId()),
                authorAndFollowers(matured.ideaId(), matured.authorId()), key));
    }

    @ApplicationModuleListener(id = ANSWERED)
    void ideaAnswered(IdeaAnswered answered) {
        deliveries.claim(ANSWERED, answered).ifPresent(key -> notifier.tell(
                notice(NotificationKind.IDEA_ANSWERED, answered.ideaId()),
                authorAndFollowers(answered.ideaId(), answered.authorId()), key));
    }

    @ApplicationModuleListener(id = REPLIED)
    void commentReplied(CommentReplied reply) {
        deliveries.claim(REPLIED, reply).ifPresent(key -> {
            Long parentAuthor = reply.parentAuthorId();
            if (parentAuthor != null && parentAuthor != reply.replyAuthorId()) {
                notifier.tell(notice(NotificationKind.COMMENT_REPLIED, reply.ideaId()), Set.of(parentAuthor), key);
            }
        });
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
