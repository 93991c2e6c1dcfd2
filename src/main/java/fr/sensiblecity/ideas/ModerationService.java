package fr.sensiblecity.ideas;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do with ideas: work the queue of mature ideas and answer them (reject, merge into another, accept
 * into a project). Reported texts, ideas included, are moderated through the moderation module. Every action goes
 * to the audit trail.
 */
@Service
@PreAuthorize("@ideaPermissions.canModerate(authentication)")
public class ModerationService {

    static final int ANSWER_MIN = 10;
    static final int ANSWER_MAX = 5000;

    private final IdeaRepository ideas;
    private final IdeaCatalog catalog;
    private final SupportLedger ledger;
    private final SupportService supports;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(IdeaRepository ideas, IdeaCatalog catalog,
            SupportLedger ledger, SupportService supports, AuditTrail audit, CurrentResident current,
            ApplicationEventPublisher events, Clock clock) {
        this.ideas = ideas;
        this.catalog = catalog;
        this.ledger = ledger;
        this.supports = supports;
        this.audit = audit;
        this.current = current;
        this.events = events;
        this.clock = clock;
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

    private Idea idea(long id) {
        return ideas.findById(id).orElseThrow(() -> new NotFound("idea.error.notFound"));
    }

    private static String valid(String text, int min, int max, String key) {
        String clean = text == null || text.length() > max * 2 ? "" : Text.multiLine(text);
        if (!Text.fits(clean, min, max)) {
            throw new DomainException(key, min, max);
        }
        return clean;
    }
}
