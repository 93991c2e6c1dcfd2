package fr.sensiblecity.ideas;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents report content that breaks the rules. Once enough different residents report the same content it
 * is hidden at once, pending a moderator's decision.
 */
@Service
public class ReportService {

    /** Stored as the public reason of an automatic hiding; pages show it as a sentence in the reader's language. */
    public static final String HIDDEN_PENDING_REVIEW = "@reported";
    static final int REASON_MIN = 5;
    static final int REASON_MAX = 500;

    private final ReportRepository reports;
    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final CurrentResident current;
    private final IdeaThresholds settings;
    private final AuditTrail audit;
    private final Clock clock;

    ReportService(ReportRepository reports, IdeaRepository ideas, CommentRepository comments, CurrentResident current,
            IdeaThresholds settings, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.ideas = ideas;
        this.comments = comments;
        this.current = current;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the report; returns true when this report made the content hidden pending review. */
    @Transactional
    @PreAuthorize("@ideaPermissions.canComment(authentication)")
    public boolean report(ContentType type, long targetId, String reason) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        String text = reason == null ? "" : Text.singleLine(reason.length() > REASON_MAX * 2 ? "" : reason);
        if (!Text.fits(text, REASON_MIN, REASON_MAX)) {
            throw new DomainException("report.error.reason", REASON_MIN, REASON_MAX);
        }
        // The content's row lock, taken first: reports of the same content are counted one after the other.
        if (Objects.equals(lockedAuthorOf(type, targetId), me)) {
            throw new DomainException("report.error.own");
        }
        if (reports.existsByTargetTypeAndTargetIdAndReporterId(type, targetId, me)) {
            throw new DomainException("report.error.already");
        }
        try {
            reports.saveAndFlush(new Report(type, targetId, me, text, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("report.error.already");
        }
        long open = reports.lockOpen(type, targetId).size();
        if (open >= settings.reportsToHide() && !isHidden(type, targetId)) {
            hide(type, targetId);
            audit.append(null, "AUTO_HIDE", type.name(), targetId, AuditDetails.of().count(open));
            return true;
        }
        return false;
    }

    private Long lockedAuthorOf(ContentType type, long targetId) {
        return switch (type) {
            case IDEA -> ideas.lockById(targetId).orElseThrow(() -> new NotFound("idea.error.notFound")).authorId();
            case COMMENT -> comments.lockById(targetId).orElseThrow(() -> new NotFound("comment.error.notFound")).authorId();
        };
    }

    private boolean isHidden(ContentType type, long targetId) {
        return switch (type) {
            case IDEA -> ideas.findById(targetId).map(idea -> idea.state() == IdeaState.HIDDEN).orElse(false);
            case COMMENT -> comments.findById(targetId).map(Comment::hidden).orElse(false);
        };
    }

    private void hide(ContentType type, long targetId) {
        switch (type) {
            case IDEA -> ideas.findById(targetId).ifPresent(idea -> idea.hide(HIDDEN_PENDING_REVIEW));
            case COMMENT -> comments.findById(targetId).ifPresent(comment -> comment.hide(HIDDEN_PENDING_REVIEW));
        }
    }
}
