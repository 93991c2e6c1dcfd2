package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.RateLimiter;
import fr.sensiblecity.moderation.NewAccounts;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.VerifiedAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** "Je soutiens": one support per resident per idea, never one's own, only while the idea gathers supports. */
@Service
public class SupportService {

    private static final String RATE_BUCKET = "supports";

    private final SupportLedger ledger;
    private final SupportTrail trail;
    private final CurrentResident current;
    private final TerritoryService territories;
    private final IdeaSettings settings;
    private final IdeaThresholds thresholds;
    private final TrendingScore trending;
    private final RateLimiter rateLimiter;
    private final NewAccounts newAccounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SupportCombiner combiner;
    private final ResidencyCheck residency;

    SupportService(SupportLedger ledger, SupportTrail trail, CurrentResident current, TerritoryService territories, IdeaSettings settings,
            IdeaThresholds thresholds, RateLimiter rateLimiter, NewAccounts newAccounts, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions,
            ResidencyCheck residency) {
        this.residency = residency;
        this.ledger = ledger;
        this.trail = trail;
        this.current = current;
        this.territories = territories;
        this.settings = settings;
        this.thresholds = thresholds;
        this.trending = new TrendingScore(settings.trendingHalfLife());
        this.rateLimiter = rateLimiter;
        this.newAccounts = newAccounts;
        this.events = events;
        this.clock = clock;
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        // A group may span several ideas: under REPEATABLE READ it would read the later ideas' supporters from the
        // snapshot taken at the first one, miss a support committed meanwhile elsewhere, and fail whole on the
        // duplicate key. READ COMMITTED reads each idea's supporters as last committed, after its lock; a locking
        // read instead would take gap locks that reach into other ideas' supports.
        ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.combiner = new SupportCombiner(group -> ownTransaction.executeWithoutResult(status -> write(group)));
    }

    /**
     * Supports the idea. Residents supporting at the same moment share one transaction (see {@link
     * SupportCombiner}); a caller already inside a transaction is served in it, alone.
     */
    @PreAuthorize("@ideaPermissions.canSupport(authentication)")
    public SupportOutcome support(long ideaId) {
        long me = signedIn();
        newAccounts.requireOldEnough(me);
        rateLimiter.acquire(RATE_BUCKET, me, thresholds.supportsPerMinute(), Duration.ofMinutes(1), "support.error.rateLimit");
        SupportCombiner.Pending request = new SupportCombiner.Pending(ideaId, me, clock.instant());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            write(List.of(request));
            // Served in the caller's transaction: its outcome stands or falls with that transaction.
            request.confirm();
            return request.outcome();
        }
        return combiner.submit(request);
    }

    /**
     * Settles a group of supports: per idea, in ascending order so that two groups never deadlock, locks the idea,
     * refuses what must be refused one by one, and writes the rest in one round trip.
     */
    private void write(List<SupportCombiner.Pending> group) {
        Map<Long, List<SupportCombiner.Pending>> byIdea = new TreeMap<>();
        group.forEach(request -> byIdea.computeIfAbsent(request.ideaId(), id -> new ArrayList<>()).add(request));
        byIdea.forEach(this::writeForIdea);
    }

    private void writeForIdea(long ideaId, List<SupportCombiner.Pending> requests) {
        Optional<SupportLedger.LockedIdea> locked = ledger.lock(ideaId);
        if (locked.isEmpty()) {
            requests.forEach(request -> request.fail(new NotFound("idea.error.notFound")));
            return;
        }
        SupportLedger.LockedIdea idea = locked.get();
        Set<Long> already = ledger.supportersAmong(ideaId,
                requests.stream().map(SupportCombiner.Pending::residentId).collect(Collectors.toSet()));
        // Asked under the idea's lock, in the writing transaction: a revocation committed before counts.
        Set<Long> mayAct = residency.mayActAmong(requests.stream().map(SupportCombiner.Pending::residentId).toList(),
                idea.territoryId(), VerifiedAction.SUPPORT_IDEA);
        List<SupportCombiner.Pending> accepted = new ArrayList<>();
        List<SupportLedger.NewSupport> added = new ArrayList<>();
        for (SupportCombiner.Pending request : requests) {
            if (Objects.equals(idea.authorId(), request.residentId())) {
                request.fail(new DomainException("support.error.ownIdea"));
            } else if (!idea.state().acceptsSupport()) {
                request.fail(new DomainException("support.error.closed"));
            } else if (already.contains(request.residentId())) {
                request.fail(new DomainException("support.error.already"));
            } else if (!mayAct.contains(request.residentId())) {
                request.fail(residency.refusal(idea.territoryId(), VerifiedAction.SUPPORT_IDEA));
            } else if (!already.add(request.residentId())) {
                request.fail(new DomainException("support.error.already"));
            } else {
                accepted.add(request);
                added.add(new SupportLedger.NewSupport(request.residentId(), request.at(), trending.exponent(request.at())));
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        SupportLedger.LockedIdea after = ledger.addAll(idea, added);
        // Each resident learns the count and state as they stood right after their own support.
        IdeaState state = idea.state();
        Instant maturedAt = null;
        for (int i = 0; i < accepted.size(); i++) {
            SupportCombiner.Pending request = accepted.get(i);
            int count = idea.supportCount() + i + 1;
            if (state == IdeaState.PUBLISHED && reachesMaturity(idea, count, request.at())) {
                state = IdeaState.MATURE;
                maturedAt = request.at();
            }
            request.succeed(new SupportOutcome(count, true, state));
        }
        boolean matured = maturedAt != null && ledger.markMature(ideaId, maturedAt);
        events.publishEvent(new IdeaSupportsChanged(ideaId, idea.territoryId(), after.supportCount()));
        if (matured) {
            events.publishEvent(new IdeaMatured(ideaId, idea.authorId()));
        }
    }

    /**
     * Called with the idea locked, after its supports grew: publishes the new count, and makes the idea mature
     * if it just reached its threshold within the window.
     */
    IdeaState matureIfDue(SupportLedger.LockedIdea idea, Instant now) {
        boolean matured = idea.state() == IdeaState.PUBLISHED && reachesMaturity(idea, idea.supportCount(), now)
                && ledger.markMature(idea.id(), now);
        events.publishEvent(new IdeaSupportsChanged(idea.id(), idea.territoryId(), idea.supportCount()));
        if (matured) {
            events.publishEvent(new IdeaMatured(idea.id(), idea.authorId()));
        }
        return matured ? IdeaState.MATURE : idea.state();
    }

    TrendingScore trending() {
        return trending;
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
        events.publishEvent(new IdeaSupportsChanged(ideaId, idea.territoryId(), count));
        return new SupportOutcome(count, false, idea.state());
    }

    @Transactional(readOnly = true)
    public boolean doISupport(long ideaId) {
        return current.id().map(me -> ledger.supports(ideaId, me)).orElse(false);
    }

    /** The head anyone may note down now and compare with a later check, and when it was computed. */
    @Transactional(readOnly = true)
    public ChainHead chainHead(long ideaId) {
        return ledger.chainHead(ideaId).orElseThrow(() -> new NotFound("idea.error.notFound"));
    }

    /** Anyone may check that an idea's supports were not edited quietly. */
    @Transactional(readOnly = true)
    public TrailCheck checkTrail(long ideaId) {
        return trail.replay(ideaId);
    }

    /** Supports count toward maturity when they arrive within the window that opens at publication. */
    private boolean reachesMaturity(SupportLedger.LockedIdea idea, int count, Instant now) {
        // Runs under the idea's row lock: below the minimum no threshold can be reached, so the territory is not asked.
        if (count < thresholds.maturityMinimumSupports() || now.isAfter(idea.createdAt().plus(thresholds.maturityWindow()))) {
            return false;
        }
        int population = territories.findPopulation(idea.territoryId()).orElse(0);
        return count >= thresholds.maturityThreshold(population);
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
