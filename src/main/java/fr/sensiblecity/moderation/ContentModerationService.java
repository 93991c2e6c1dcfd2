package fr.sensiblecity.moderation;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do with reported texts of every kind: one queue, and hiding or restoring with a public reason. A
 * comment held for its links ({@link LinkScreening}) is approved by restoring it, refused by hiding it.
 * Every decision settles the open reports on the text and goes to the audit trail.
 */
@Service
@PreAuthorize("@moderationPermissions.canModerate(authentication)")
public class ContentModerationService {

    static final int REASON_MIN = 5;
    static final int REASON_MAX = 500;

    private final ReportRepository reports;
    private final ContentKinds kinds;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    ContentModerationService(ReportRepository reports, ContentKinds kinds, AuditTrail audit, CurrentResident current,
            Clock clock) {
        this.reports = reports;
        this.kinds = kinds;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Every reported text with open reports, oldest report first, whichever module holds it. */
    @Transactional(readOnly = true)
    public List<ReportedContent> reportQueue() {
        Map<String, List<Report>> byTarget = new LinkedHashMap<>();
        for (Report report : reports.findByResolvedAtIsNullOrderByCreatedAtAsc()) {
            if (kinds.known(report.targetType())) {
                byTarget.computeIfAbsent(report.targetType() + ":" + report.targetId(), key -> new ArrayList<>())
                        .add(report);
            }
        }
        // One lookup per kind of content for the whole queue, rather than one per reported item.
        Map<String, Map<Long, ModeratedContent.InContext>> found = new LinkedHashMap<>();
        Map<String, Set<Long>> idsByKind = byTarget.values().stream().map(List::getFirst).collect(Collectors.groupingBy(
                Report::targetType, Collectors.mapping(Report::targetId, Collectors.toSet())));
        idsByKind.forEach((key, ids) -> found.put(key, kinds.of(key).inContext(ids)));
        List<ReportedContent> queue = new ArrayList<>();
        for (List<Report> group : byTarget.values()) {
            Report first = group.getFirst();
            ModeratedContent.InContext content = found.get(first.targetType()).get(first.targetId());
            if (content != null) {
                queue.add(new ReportedContent(kinds.of(first.targetType()).kind(), first.targetId(), content.link(),
                        content.text(), content.hidden(), group.size(), group.stream().map(Report::reason).toList()));
            }
        }
        return queue;
    }

    @Transactional
    public void hide(ContentKind kind, long targetId, String reason) {
        String why = valid(reason);
        ModeratedContent content = kinds.of(kind);
        if (content.lock(targetId).hidden()) {
            if (!awaitingModeration(kind, targetId)) {
                throw new DomainException("moderation.error.alreadyHidden");
            }
            // Refusing a held comment: its mark gives way to the moderator's public reason (it never counted,
            // so it is not shown, counted or announced on the way).
        }
        content.hide(targetId, why);
        settleReportsAndLog("HIDE", kind, targetId, why);
    }

    @Transactional
    public void restore(ContentKind kind, long targetId, String reason) {
        String why = valid(reason);
        ModeratedContent content = kinds.of(kind);
        if (!content.lock(targetId).hidden()) {
            throw new DomainException("moderation.error.notHidden");
        }
        content.restore(targetId);
        settleReportsAndLog("RESTORE", kind, targetId, why);
    }

    /** Closes the reports on content that breaks no rule, and shows it again if reports had hidden it. */
    @Transactional
    public void dismissReports(ContentKind kind, long targetId, String reason) {
        String why = valid(reason);
        ModeratedContent content = kinds.of(kind);
        if (content.lock(targetId).hidden()) {
            content.restore(targetId);
        }
        settleReportsAndLog("DISMISS_REPORTS", kind, targetId, why);
    }

    private boolean awaitingModeration(ContentKind kind, long targetId) {
        return LinkScreening.held(reports.findByTargetTypeAndTargetIdAndResolvedAtIsNull(kind.key(), targetId).stream()
                .map(Report::reason).toList());
    }

    private void settleReportsAndLog(String action, ContentKind kind, long targetId, String reason) {
        Instant now = clock.instant();
        reports.findByTargetTypeAndTargetIdAndResolvedAtIsNull(kind.key(), targetId).forEach(report -> report.resolve(now));
        audit.append(current.id().orElse(null), action, kind.key(), targetId, reason);
    }

    private static String valid(String text) {
        String clean = text == null || text.length() > REASON_MAX * 2 ? "" : FreeText.multiLine(text);
        if (!FreeText.fits(clean, REASON_MIN, REASON_MAX)) {
            throw new DomainException("moderation.error.reason", REASON_MIN, REASON_MAX);
        }
        return clean;
    }
}
