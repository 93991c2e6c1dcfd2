package fr.sensiblecity.moderation;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.HiddenMarks;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents report any public text that breaks the rules. Once enough different residents report the same text it
 * is hidden at once, pending a moderator's decision.
 */
@Service
public class ReportService {

    /** Stored as the public reason of an automatic hiding; pages show it as a sentence in the reader's language. */
    public static final String HIDDEN_PENDING_REVIEW = HiddenMarks.PENDING_REVIEW;
    static final int REASON_MIN = 5;
    static final int REASON_MAX = 500;

    private final ReportRepository reports;
    private final ContentKinds kinds;
    private final CurrentResident current;
    private final ModerationThresholds settings;
    private final AuditTrail audit;
    private final Clock clock;

    ReportService(ReportRepository reports, ContentKinds kinds, CurrentResident current, ModerationThresholds settings,
            AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.kinds = kinds;
        this.current = current;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the report; returns true when this report made the content hidden pending review. */
    @Transactional
    @PreAuthorize("@moderationPermissions.canReport(authentication)")
    public boolean report(ContentKind kind, long targetId, String reason) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        String text = reason == null ? "" : FreeText.singleLine(reason.length() > REASON_MAX * 2 ? "" : reason);
        if (!FreeText.fits(text, REASON_MIN, REASON_MAX)) {
            throw new DomainException("report.error.reason", REASON_MIN, REASON_MAX);
        }
        ModeratedContent content = kinds.of(kind);
        // The content's row lock, taken first: reports of the same content are counted one after the other.
        ModeratedContent.Locked locked = content.lock(targetId);
        if (Objects.equals(locked.authorId(), me)) {
            throw new DomainException("report.error.own");
        }
        String key = kind.key();
        if (reports.existsByTargetTypeAndTargetIdAndReporterId(key, targetId, me)) {
            throw new DomainException("report.error.already");
        }
        try {
            reports.saveAndFlush(new Report(key, targetId, me, text, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("report.error.already");
        }
        long open = reports.lockOpen(key, targetId).size();
        if (open >= settings.reportsToHide() && !locked.hidden()) {
            content.hide(targetId, HIDDEN_PENDING_REVIEW);
            audit.append(null, "AUTO_HIDE", kind.key(), targetId, AuditDetails.of().count(open));
            return true;
        }
        return false;
    }
}
