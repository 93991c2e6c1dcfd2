package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Je soutiens": one support per resident per idea, never one's own, only while the idea gathers supports. */
@Service
public class SupportService {

    private static final String RATE_BUCKET = "supports";

    private final SupportLedger ledger;
    private final SupportTrail trail;
    private final CurrentResident current;
    private final TerritoryService territories;
    private final IdeaSettings settings;
    private final TrendingScore trending;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportService(SupportLedger ledger, SupportTrail trail, CurrentResident current, TerritoryService territories, IdeaSettings settings,
            RateLimiter rateLimiter, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.trail = trail;
        this.current = current;
        this.territories = territories;
        this.settings = settings;
        this.trending = new TrendingScore(settings.trendingHalfLife());
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@ideaPermissions.canSupport(authentication)")
    public SupportOutcome support(long ideaId) {
        long me = signedIn();
        rateLimiter.acquire(RATE_BUCKET, me, settings.supportsPerMinute(), Duration.ofMinutes(1), "support.error.rateLimit");
        SupportLedger.LockedIdea idea = ledger.lock(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        if (Objects.equals(idea.authorId(), me)) {
            throw new DomainException("support.error.ownIdea");
        }
        if (!idea.state().acceptsSupport()) {
            throw new DomainException("support.error.closed");
        }
        Instant now = clock.instant();
        SupportLedger.LockedIdea after = ledger.add(idea, me, now, trending.exponent(now));
        if (after == null) {
            throw new DomainException("support.error.already");
        }
        IdeaState state = matureIfDue(after, now);
        return new SupportOutcome(after.supportCount(), true, state);
    }

    /**
     * Called with the idea locked, after its supports grew: publishes the new count, and makes the idea mature
     * if it just reached its threshold within the window.
     */
    IdeaState matureIfDue(SupportLedger.LockedIdea idea, Instant now) {
        boolean matured = idea.state() == IdeaState.PUBLISHED && reachesMaturity(idea, idea.supportCount(), now)
                && ledger.markMature(idea.id(), now);
        events.publishEvent(new IdeaSupportsChanged(idea.id(), idea.supportCount()));
        if (matured) {
            events.publishEvent(new IdeaMatured(idea.id(), idea.authorId()));
        }
        return matured ? IdeaState.MATURE : idea.state();
    }

    /** The exponent a support given now adds to the trending score. */
    double trendingExponent(Instant now) {
        return trending.exponent(now);
    }

    @Transactional
    @PreAuthorize("@ideaPermissions.canSupport(authentication)")
    public SupportOutcome withdrawSupport(long ideaId) {
        long me = signedIn();
        SupportLedger.LockedIdea idea = ledger.lock(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
        if (!idea.state().acceptsSupport()) {
            throw new DomainException("support.error.closed");
        }
        if (!ledger.remove(idea, me, clock.instant(), trending)) {
            throw new DomainException("support.error.notSupported");
        }
        int count = idea.supportCount() - 1;
        events.publishEvent(new IdeaSupportsChanged(ideaId, count));
        return new SupportOutcome(count, false, idea.state());
    }

    @Transactional(readOnly = true)
    public boolean doISupport(long ideaId) {
        return current.id().map(me -> ledger.supports(ideaId, me)).orElse(false);
    }

    /** Anyone may check that an idea's supports were not edited quietly. */
    @Transactional(readOnly = true)
    public TrailCheck checkTrail(long ideaId) {
        return trail.replay(ideaId);
    }

    /** Supports count toward maturity when they arrive within the window that opens at publication. */
    private boolean reachesMaturity(SupportLedger.LockedIdea idea, int count, Instant now) {
        // Runs under the idea's row lock: below the minimum no threshold can be reached, so the territory is not asked.
        if (count < settings.maturityMinimumSupports() || now.isAfter(idea.createdAt().plus(settings.maturityWindow()))) {
            return false;
        }
        int population = territories.findPopulation(idea.territoryId()).orElse(0);
        return count >= settings.maturityThreshold(population);
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
