package fr.sensiblecity.projects;

import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.VerifiedAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Civic crowdfunding: moderators open a campaign for an eligible project; residents pledge, change or withdraw
 * their pledge until the deadline; at the deadline the campaign is closed and the city matches it (see
 * {@link CampaignCloser}). Pledges are commitments recorded here: no money moves through the platform.
 */
@Service
public class CampaignService {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

    private final CampaignStore campaigns;
    private final CampaignCloser closer;
    private final ProjectService projects;
    private final FundingService funding;
    private final ProjectSettings settings;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final ResidencyCheck residency;

    CampaignService(CampaignStore campaigns, CampaignCloser closer, ProjectService projects, FundingService funding,
            ProjectSettings settings, AuditTrail audit, CurrentResident current, Clock clock,
            ApplicationEventPublisher events, ResidencyCheck residency) {
        this.residency = residency;
        this.events = events;
        this.campaigns = campaigns;
        this.closer = closer;
        this.projects = projects;
        this.funding = funding;
        this.settings = settings;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Opens the project's one campaign; the project must have been found eligible for the programme. */
    @Transactional
    @PreAuthorize("@projectPermissions.canManage(authentication)")
    public long openCampaign(long projectId, CampaignForm form) {
        ProjectStore.Locked project = projects.locked(projectId);
        if (project.phase().finished()) {
            throw new DomainException("campaign.error.projectFinished");
        }
        Programme programme = funding.findProgramme(form.programmeId());
        BigDecimal target = Amounts.positive(form.target(), settings.largestAmount());
        Instant now = clock.instant();
        Instant starts = form.startsAt() == null ? now : form.startsAt();
        if (form.deadline() == null || !form.deadline().isAfter(now)) {
            throw new DomainException("campaign.error.deadlinePast");
        }
        if (!form.deadline().isAfter(starts)) {
            throw new DomainException("campaign.error.startAfterDeadline");
        }
        BigDecimal share = form.crowdShare() == null ? programme.crowdShare() : form.crowdShare();
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 4) {
            throw new DomainException("programme.error.share");
        }
        BigDecimal cap = form.projectCap() == null ? programme.projectCap()
                : form.projectCap().signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : Amounts.positive(form.projectCap(), settings.largestAmount());
        if (!funding.isEligible(projectId, programme.id())) {
            throw new DomainException("campaign.error.notEligible");
        }
        try {
            long id = campaigns.insert(projectId, programme.id(), target, share, cap, settings.pledgeMinimum(),
                    settings.pledgeMaximum(), starts, form.deadline());
            audit.append(current.id().orElse(null), "OPEN_CAMPAIGN", "PROJECT", projectId,
                    AuditDetails.of().amount(target));
            return id;
        } catch (DuplicateKeyException already) {
            throw new DomainException("campaign.error.exists");
        }
    }

    @Transactional(readOnly = true)
    public CampaignView findCampaign(long campaignId) {
        return campaigns.view(campaignId).orElseThrow(() -> new NotFound("campaign.error.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<CampaignView> campaignOfProject(long projectId) {
        return campaigns.viewOfProject(projectId);
    }

    /** Campaigns still taking pledges, the soonest to end first: the territory's (everyone's, for null). */
    @Transactional(readOnly = true)
    public List<CampaignView> endingSoon(@Nullable Long territoryId, int limit) {
        return campaigns.endingSoon(territoryId, clock.instant(), Math.clamp(limit, 1, 50));
    }

    /** Euros residents pledged to the territory's campaigns (everyone's, for null), released pledges left out. */
    @Transactional(readOnly = true)
    public BigDecimal pledgedTotal(@Nullable Long territoryId) {
        return campaigns.pledgedTotal(territoryId);
    }

    /** The signed-in resident's pledge, if any; empty for a visitor. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> myPledge(long campaignId) {
        return current.id().flatMap(me -> campaigns.pledgeOf(campaignId, me));
    }

    /** Pledges this amount, or changes one's pledge to it, while the campaign takes pledges. */
    @Transactional
    @PreAuthorize("@projectPermissions.canPledge(authentication)")
    public PledgeOutcome pledge(long campaignId, @Nullable BigDecimal amount) {
        long me = signedIn();
        BigDecimal exact = Amounts.positive(amount, settings.largestAmount());
        CampaignStore.Locked campaign = openForPledges(campaignId);
        residency.require(me, campaigns.territoryOf(campaignId), VerifiedAction.PLEDGE);
        if (exact.compareTo(campaign.minPledge()) < 0 || exact.compareTo(campaign.maxPledge()) > 0) {
            throw new DomainException("pledge.error.limits", campaign.minPledge(), campaign.maxPledge());
        }
        campaigns.setPledge(campaignId, me, exact, clock.instant());
        events.publishEvent(new PledgesChanged(campaignId, campaigns.territoryOf(campaignId)));
        return outcome(campaignId, me);
    }

    @Transactional
    @PreAuthorize("@projectPermissions.canPledge(authentication)")
    public PledgeOutcome withdrawPledge(long campaignId) {
        long me = signedIn();
        openForPledges(campaignId);
        if (!campaigns.removePledge(campaignId, me)) {
            throw new DomainException("pledge.error.none");
        }
        events.publishEvent(new PledgesChanged(campaignId, campaigns.territoryOf(campaignId)));
        return outcome(campaignId, me);
    }

    /** Closes one campaign if its deadline has passed; true if this call closed it. */
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public boolean closeIfDue(long campaignId) {
        return closer.close(campaignId);
    }

    /** Closes every campaign past its deadline, each in its own transaction; returns how many this call closed. */
    @PreAuthorize("@projectPermissions.canAdminister(authentication)")
    public int closeDueCampaigns() {
        int closed = 0;
        for (long id : campaigns.due(clock.instant())) {
            try {
                closed += closer.close(id) ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.error("Closing campaign {} failed; the next run tries again", id, failed);
            }
        }
        return closed;
    }

    private CampaignStore.Locked openForPledges(long campaignId) {
        CampaignStore.Locked campaign = campaigns.lock(campaignId)
                .orElseThrow(() -> new NotFound("campaign.error.notFound"));
        Instant now = clock.instant();
        if (campaign.state() != CampaignState.OPEN || !now.isBefore(campaign.deadline())) {
            throw new DomainException("pledge.error.closed");
        }
        if (now.isBefore(campaign.startsAt())) {
            throw new DomainException("pledge.error.notStarted");
        }
        return campaign;
    }

    private PledgeOutcome outcome(long campaignId, long me) {
        CampaignView view = findCampaign(campaignId);
        return new PledgeOutcome(campaigns.pledgeOf(campaignId, me).orElse(null), view.pledged(), view.pledgerCount());
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
