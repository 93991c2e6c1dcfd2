package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.moderation.LinkScreening;
import fr.sensiblecity.moderation.NewAccounts;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.NameHistory;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Discussing ideas: comments, and replies one level deep. */
@Service
public class CommentService {

    static final int BODY_MIN = 2;
    static final int BODY_MAX = 2000;

    private final CommentRepository comments;
    private final IdeaRepository ideas;
    private final JdbcTemplate jdbc;
    private final CurrentResident current;
    private final ResidentService residents;
    private final IdeaPermissions permissions;
    private final RateLimiter rateLimiter;
    private final NewAccounts newAccounts;
    private final LinkScreening screening;
    private final IdeaThresholds thresholds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, IdeaRepository ideas, JdbcTemplate jdbc, CurrentResident current,
            ResidentService residents, IdeaPermissions permissions, RateLimiter rateLimiter, NewAccounts newAccounts,
            LinkScreening screening,
            IdeaThresholds thresholds, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.ideas = ideas;
        this.jdbc = jdbc;
        this.current = current;
        this.residents = residents;
        this.permissions = permissions;
        this.rateLimiter = rateLimiter;
        this.newAccounts = newAccounts;
        this.screening = screening;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
    }

    /** Posts a comment, or a reply when {@code replyTo} is given; a reply to a reply joins the same thread. */
    @Transactional
    @PreAuthorize("@ideaPermissions.canComment(authentication)")
    public CommentView postComment(long ideaId, @Nullable Long replyTo, String body) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        String text = validBody(body);
        Idea idea = ideas.findById(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        if (!idea.state().listed()) {
            throw new DomainException("comment.error.closed");
        }
        Comment parent = null;
        Long repliedTo = null;
        if (replyTo != null) {
            parent = comments.findById(replyTo).filter(found -> found.ideaId() == ideaId)
                    .orElseThrow(() -> new DomainException("comment.error.parent"));
            repliedTo = parent.authorId();
            if (parent.parentId() != null) {
                parent = comments.findById(parent.parentId()).orElseThrow(() -> new DomainException("comment.error.parent"));
            }
        }
        newAccounts.requireOldEnough(me);
        rateLimiter.acquire("comments", me, thresholds.commentsPerMinute(), Duration.ofMinutes(1), "comment.error.rateLimit");
        Comment saved = comments.save(new Comment(ideaId, parent == null ? null : parent.id(), me, text, clock.instant()));
        boolean held = screening.holdIfManyLinks(ContentType.COMMENT, saved.id(), text);
        if (!held) {
            // A held comment counts, and its reply is told, once a moderator approves it (ModeratedComments).
            jdbc.update("update idea set comment_count = comment_count + 1 where id = ?", ideaId);
        }
        events.publishEvent(new CommentPosted(ideaId, saved.id(), me));
        // A held reply is told to nobody: the one it answers cannot read it yet.
        if (!held && replyTo != null && !Objects.equals(repliedTo, me)) {
            events.publishEvent(new CommentReplied(ideaId, saved.id(), repliedTo, me));
        }
        return saved.view(residents.displayNameOf(me).orElse(null), true);
    }

    /** The idea's discussion, each thread in order: a comment, then its replies. */
    @Transactional(readOnly = true)
    public List<CommentView> discussion(long ideaId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean moderator = permissions.canModerate(authentication);
        // A hidden idea's discussion is hidden with it, except from its author and the moderators.
        if (!moderator && ideas.findById(ideaId).filter(idea -> idea.state() == IdeaState.HIDDEN
                && !permissions.isAuthor(authentication, idea.authorId())).isPresent()) {
            return List.of();
        }
        List<Comment> all = comments.findByIdeaIdOrderByCreatedAtAscIdAsc(ideaId);
        // Each comment under the name its author had when writing it: a rename does not re-attribute it.
        NameHistory names = residents.nameHistoryOf(all.stream().map(Comment::authorId).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, List<CommentView>> threads = new LinkedHashMap<>();
        Long me = current.id().orElse(null);
        for (Comment comment : all) {
            boolean mine = me != null && me.equals(comment.authorId());
            if (!HiddenMarks.listedFor(comment.hiddenReason(), moderator, mine)) {
                continue; // awaiting moderation: not shown to others at all
            }
            CommentView view = comment.view(comment.authorId() == null ? null
                    : names.nameAt(comment.authorId(), comment.createdAt()).orElse(null),
                    HiddenMarks.textShownTo(comment.hidden(), comment.hiddenReason(), moderator, mine));
            long thread = comment.parentId() == null ? comment.id() : comment.parentId();
            threads.computeIfAbsent(thread, key -> new ArrayList<>()).add(view);
        }
        List<CommentView> ordered = new ArrayList<>();
        threads.values().forEach(thread -> {
            thread.sort(Comparator.comparing((CommentView view) -> view.parentId() != null)
                    .thenComparing(CommentView::createdAt).thenComparing(CommentView::id));
            ordered.addAll(thread);
        });
        return ordered;
    }

    private static String validBody(String body) {
        if (body == null || body.length() > BODY_MAX * 2) {
            throw new DomainException("comment.error.body", BODY_MIN, BODY_MAX);
        }
        String text = Text.multiLine(body);
        if (!Text.fits(text, BODY_MIN, BODY_MAX)) {
            throw new DomainException("comment.error.body", BODY_MIN, BODY_MAX);
        }
        return text;
    }
}
