package fr.sensiblecity.ideas;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supports given on a paper form at a counter (issue 13, participation through a mediator). A mediator records the
 * support under the person's paper account (see the mediation module); it enters the idea's count, maturity and
 * hash chain like any other, and counts as given by a verified resident, since the mediator saw an identity
 * document. When the person claims their paper records, each support passes to their account; one they had given
 * online as well is withdrawn, so that nobody counts twice.
 */
@Service
public class PaperSupports {

    private final SupportLedger ledger;
    private final SupportService supports;
    private final ResidentService residents;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaperSupports(SupportLedger ledger, SupportService supports, ResidentService residents, AuditTrail audit,
            CurrentResident current, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.supports = supports;
        this.residents = residents;
        this.audit = audit;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the support a person signed on paper, for an idea of the mediator's counter territory. The paper form's
     * reference goes to the audit trail, never the person's identity.
     */
    @Transactional
    @PreAuthorize("@ideaPermissions.canRecordOnPaper(authentication)")
    public SupportOutcome recordPaperSupport(long ideaId, long supporterId, long counterTerritoryId,
            String formReference) {
        SupportLedger.LockedIdea idea = ledger.lock(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        if (idea.territoryId() != counterTerritoryId) {
            throw new DomainException("paper.error.otherTerritory");
        }
        if (Objects.equals(idea.authorId(), supporterId)) {
            throw new DomainException("support.error.ownIdea");
        }
        if (!idea.state().acceptsSupport()) {
            throw new DomainException("support.error.closed");
        }
        if (ledger.supports(ideaId, supporterId)) {
            throw new DomainException("paper.error.alreadySupports");
        }
        Instant now = clock.instant();
        SupportLedger.LockedIdea after = ledger.addAll(idea,
                List.of(new SupportLedger.NewSupport(supporterId, now, supports.trendingExponent(now))));
        IdeaState state = supports.matureIfDue(after, now);
        audit.append(current.id().orElse(null), "SUPPORT_RECORDED_ON_PAPER", "IDEA", ideaId,
                AuditDetails.of().text(formReference));
        return new SupportOutcome(after.supportCount(), true, state);
    }

    /**
     * The signed-in resident takes over the supports of their paper account: each passes to them with its date, or is
     * withdrawn where they support the idea already (or wrote it), so that they count once.
     */
    @Transactional
    @PreAuthorize("@ideaPermissions.canSupport(authentication)")
    public HandOver takeOver(long paperSupporterId) {
        long me = current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!residents.isPaperParticipant(paperSupporterId)) {
            throw new AccessDeniedException("only the supports of a paper account can be handed over");
        }
        Instant now = clock.instant();
        int moved = 0;
        int merged = 0;
        for (long ideaId : ledger.supportedIdeas(paperSupporterId)) {
            SupportLedger.LockedIdea idea = ledger.lock(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
            if (ledger.supports(ideaId, me) || Objects.equals(idea.authorId(), me)) {
                ledger.remove(idea, paperSupporterId, now, supportsTrending());
                events.publishEvent(new IdeaSupportsChanged(ideaId, idea.territoryId(), idea.supportCount() - 1));
                merged++;
            } else {
                ledger.transfer(idea, paperSupporterId, me, now);
                moved++;
            }
        }
        return new HandOver(moved, merged);
    }

    private TrendingScore supportsTrending() {
        return supports.trending();
    }

    /** Supports that passed to the resident's account, and those that were already theirs online and now count once. */
    public record HandOver(int moved, int merged) {
    }
}
