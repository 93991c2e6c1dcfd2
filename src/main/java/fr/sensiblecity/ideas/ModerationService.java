package fr.sensiblecity.ideas;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do: work the queue of reports and of mature ideas, hide or restore content with a public
 * reason, and answer ideas (reject, or merge into another). Every action goes to the audit trail.
 */
@Service
@PreAuthorize("@ideaPermissions.canModerate(authentication)")
public class ModerationService {

    static final int REASON_MIN = 5;
    static final int REASON_MAX = 500;
    static final int ANSWER_MIN = 10;
    static final int ANSWER_MAX = 5000;

    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final ReportRepository reports;
    private final IdeaCatalog catalog;
    private final SupportLedger ledger;
    private final SupportService supports;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(IdeaRepository ideas, CommentRepository comments, ReportRepository reports, IdeaCatalog catalog,
            SupportLedger ledger, SupportService supports, AuditTrail audit, CurrentResident current,
            ApplicationEventPublisher events, Clock clock) {
        this.ideas = ideas;
        this.comments = comments;
        this.reports = reports;
        this.catalog = catalog;
        this.ledger = ledger;
        this.supports = supports;
        this.audit = audit;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportedContent> reportQueue() {
        Map<String, List<Report>> byTarget = new LinkedHashMap<>();
        for (Report report : reports.findByResolvedAtIsNullOrderByCreatedAtAsc()) {
            byTarget.computeIfAbsent(report.targetType() + ":" + report.targetId(), key -> new ArrayList<>()).add(report);
        }
        // Two lookups for the whole queue, one per kind of content, rather than one per reported item.
        Map<Long, Idea> reportedIdeas = new HashMap<>();
        ideas.findAllById(targetIds(byTarget, ContentType.IDEA)).forEach(idea -> reportedIdeas.put(idea.id(), idea));
        Map<Long, Comment> reportedComments = new HashMap<>();
        comments.findAllById(targetIds(byTarget, ContentType.COMMENT))
                .forEach(comment -> reportedComments.put(comment.id(), comment));
        List<ReportedContent> queue = new ArrayList<>();
        for (List<Report> group : byTarget.values()) {
            Report first = group.getFirst();
            List<String> reasons = group.stream().map(Report::reason).toList();
            if (first.targetType() == ContentType.IDEA) {
                Idea idea = reportedIdeas.get(first.targetId());
                if (idea != null) {
                    queue.add(new ReportedContent(ContentType.IDEA, idea.id(), idea.id(), idea.title(),
                            idea.state() == IdeaState.HIDDEN, group.size(), reasons));
                }
            } else {
                Comment comment = reportedComments.get(first.targetId());
                if (comment != null) {
                    queue.add(new ReportedContent(ContentType.COMMENT, comment.id(), comment.ideaId(),
                            comment.view(null, true).body(), comment.hidden(), group.size(), reasons));
                }
            }
        }
        return queue;
    }

    private static Set<Long> targetIds(Map<String, List<Report>> byTarget, ContentType type) {
        return byTarget.values().stream().map(List::getFirst).filter(report -> report.targetType() == type)
                .map(Report::targetId).collect(Collectors.toSet());
    }

    /** Mature ideas waiting for an answer, and those already under review. */
    @Transactional(readOnly = true)
    public List<IdeaCard> reviewQueue() {
        List<IdeaCard> queue = new ArrayList<>(catalog.page(new IdeaQuery(null, null, null, null, IdeaState.MATURE,
                IdeaSort.MOST_SUPPORTED), 0, 200));
        queue.addAll(catalog.page(new IdeaQuery(null, null, null, null, IdeaState.UNDER_REVIEW, IdeaSort.MOST_SUPPORTED),
                0, 200));
        return queue;
    }

    @Transactional
    public void hide(ContentType type, long targetId, String reason) {
        String why = valid(reason, REASON_MIN, REASON_MAX, "moderation.error.reason");
        switch (type) {
            case IDEA -> lockedIdea(targetId).hide(why);
            case COMMENT -> lockedComment(targetId).hide(why);
        }
        settleReportsAndLog("HIDE", type, targetId, why);
    }

    @Transactional
    public void restore(ContentType type, long targetId, String reason) {
        String why = valid(reason, REASON_MIN, REASON_MAX, "moderation.error.reason");
        switch (type) {
            case IDEA -> lockedIdea(targetId).restore();
            case COMMENT -> lockedComment(targetId).restore();
        }
        settleReportsAndLog("RESTORE", type, targetId, why);
    }

    /** Closes the reports on content that breaks no rule, and shows it again if reports had hidden it. */
    @Transactional
    public void dismissReports(ContentType type, long targetId, String reason) {
        String why = valid(reason, REASON_MIN, REASON_MAX, "moderation.error.reason");
        boolean hidden = switch (type) {
            case IDEA -> lockedIdea(targetId).state() == IdeaState.HIDDEN;
            case COMMENT -> lockedComment(targetId).hidden();
        };
        if (hidden) {
            switch (type) {
                case IDEA -> lockedIdea(targetId).restore();
                case COMMENT -> lockedComment(targetId).restore();
            }
        }
        settleReportsAndLog("DISMISS_REPORTS", type, targetId, why);
    }

    @Transactional
    public void startReview(long ideaId, String note) {
        idea(ideaId).startReview();
        audit.append(current.id().orElse(null), "START_REVIEW", ContentType.IDEA.name(), ideaId,
                note == null ? "" : Text.singleLine(note));
    }

    @Transactional
    public void reject(long ideaId, String answer) {
        String text = valid(answer, ANSWER_MIN, ANSWER_MAX, "moderation.error.answer");
        Idea idea = idea(ideaId);
        idea.reject(text, clock.instant());
        audit.append(current.id().orElse(null), "REJECT", ContentType.IDEA.name(), ideaId, text);
        events.publishEvent(new IdeaAnswered(ideaId, IdeaState.REJECTED, idea.authorId(), null));
    }

    /**
     * Merges an idea into another: the other idea gains the supports of every supporter it did not have yet, so
     * that a resident who supported both still counts once.
     */
    @Transactional
    public void merge(long ideaId, long intoId, String answer) {
        String text = valid(answer, ANSWER_MIN, ANSWER_MAX, "moderation.error.answer");
        if (ideaId == intoId) {
            throw new DomainException("idea.error.mergeIntoItself");
        }
        // Lock both rows in id order so that two opposite merges cannot deadlock.
        ledger.lock(Math.min(ideaId, intoId)).orElseThrow(() -> new NotFound("idea.error.notFound"));
        SupportLedger.LockedIdea target = ledger.lock(intoId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        if (!target.state().acceptsSupport() && target.state() != IdeaState.UNDER_REVIEW) {
            throw new DomainException("moderation.error.mergeTarget");
        }
        Idea source = idea(ideaId);
        source.mergeInto(intoId, text, clock.instant());
        ideas.saveAndFlush(source);
        Instant now = clock.instant();
        SupportLedger.LockedIdea after = ledger.copySupports(ideaId, target, now, supports.trendingExponent(now));
        supports.matureIfDue(after, now);
        audit.append(current.id().orElse(null), "MERGE", ContentType.IDEA.name(), ideaId,
                AuditDetails.of().count(intoId).text(text));
        events.publishEvent(new IdeaAnswered(ideaId, IdeaState.MERGED, source.authorId(), intoId));
    }

    /**
     * Accepts mature ideas (or ideas under review) as the start of an experimental project that the caller records
     * in the same transaction: each idea becomes {@code ACCEPTED} with the public answer, and is logged. Authors and
     * supporters are announced in one event, so that someone behind two of the ideas hears about the project once.
     */
    @Transactional
    public void acceptIntoProject(List<Long> ideaIds, long projectId, String answer) {
        String text = valid(answer, ANSWER_MIN, ANSWER_MAX, "moderation.error.answer");
        if (ideaIds.isEmpty() || ideaIds.stream().distinct().count() != ideaIds.size()) {
            throw new DomainException("idea.error.notMatureForProject");
        }
        java.util.Set<Long> audience = new java.util.LinkedHashSet<>();
        for (long ideaId : ideaIds.stream().sorted().toList()) {
            Idea idea = idea(ideaId);
            idea.accept(text, clock.instant());
            try {
                ideas.saveAndFlush(idea);
            } catch (org.springframework.orm.ObjectOptimisticLockingFailureException changedMeanwhile) {
                throw new DomainException("idea.error.changedMeanwhile");
            }
            if (idea.authorId() != null) {
                audience.add(idea.authorId());
            }
            audience.addAll(ledger.supporters(ideaId));
            audit.append(current.id().orElse(null), "ACCEPT", ContentType.IDEA.name(), ideaId,
                    AuditDetails.of().count(projectId).text(text));
        }
        events.publishEvent(new IdeasAccepted(projectId, List.copyOf(ideaIds), audience));
    }

    /** The audit trail, newest first, with whether the whole chain still verifies. For administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("@ideaPermissions.canReadAudit(authentication)")
    public AuditPage auditTrail(int offset, int limit) {
        return new AuditPage(audit.newestFirst(offset, Math.min(limit, 500)), audit.verify(), audit.head());
    }

    private void settleReportsAndLog(String action, ContentType type, long targetId, String reason) {
        Instant now = clock.instant();
        reports.findByTargetTypeAndTargetIdAndResolvedAtIsNull(type, targetId).forEach(report -> report.resolve(now));
        audit.append(current.id().orElse(null), action, type.name(), targetId, reason);
    }

    private Idea idea(long id) {
        return ideas.findById(id).orElseThrow(() -> new NotFound("idea.error.notFound"));
    }

    /**
     * The content's row lock, taken first as {@link ReportService} takes it: a moderator's decision and a resident's
     * report on the same content happen one after the other, never in a deadlock.
     */
    private Idea lockedIdea(long id) {
        return ideas.lockById(id).orElseThrow(() -> new NotFound("idea.error.notFound"));
    }

    private Comment lockedComment(long id) {
        return comments.lockById(id).orElseThrow(() -> new NotFound("comment.error.notFound"));
    }

    private static String valid(String text, int min, int max, String key) {
        String clean = text == null || text.length() > max * 2 ? "" : Text.multiLine(text);
        if (!Text.fits(clean, min, max)) {
            throw new DomainException(key, min, max);
        }
        return clean;
    }
}
