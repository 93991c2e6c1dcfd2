package fr.sensiblecity.moderation;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.HiddenMarks;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Comments with more links than the administrators allow wait for a moderator, the usual shape of spam: each module
 * calls {@link #holdIfManyLinks} in the transaction that saved the comment, and the comment is held through the same
 * {@link ModeratedContent} extension point moderators' decisions go through. It is hidden with the mark
 * {@link HiddenMarks#AWAITING_MODERATION} (its author and moderators still read it; others do not see it at all),
 * and enters the moderators' queue with the reason {@link #MANY_LINKS}, as a report by nobody. Restoring it approves
 * it; hiding it refuses it with a public reason.
 */
@Component
public class LinkScreening {

    /** Stored as the queue's reason for a held comment; the queue shows it as a sentence. */
    public static final String MANY_LINKS = "@many-links";

    /** A web address as people paste them: with its scheme, or starting with "www.". */
    private static final Pattern LINK = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)[^\\s<>()\\[\\]]+");

    private final ContentKinds kinds;
    private final ReportRepository reports;
    private final ModerationThresholds thresholds;
    private final AuditTrail audit;
    private final Clock clock;

    LinkScreening(ContentKinds kinds, ReportRepository reports, ModerationThresholds thresholds, AuditTrail audit,
            Clock clock) {
        this.kinds = kinds;
        this.reports = reports;
        this.thresholds = thresholds;
        this.audit = audit;
        this.clock = clock;
    }

    /** Holds the just-saved text for moderation when it has too many links; true when it did. */
    public boolean holdIfManyLinks(ContentKind kind, long id, String text) {
        long links = LINK.matcher(text).results().count();
        if (links <= thresholds.linksBeforeReview()) {
            return false;
        }
        ModeratedContent content = kinds.of(kind);
        content.lock(id);
        content.hide(id, HiddenMarks.AWAITING_MODERATION);
        reports.save(Report.automatic(kind.key(), id, MANY_LINKS, clock.instant()));
        audit.append(null, "AUTO_HOLD", kind.key(), id, AuditDetails.of().count(links));
        return true;
    }

    static boolean held(java.util.Collection<String> reasons) {
        return reasons.contains(MANY_LINKS);
    }
}
