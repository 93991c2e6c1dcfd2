package fr.sensiblecity.projects;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.LinkedHashSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes one campaign at its deadline, in a transaction of its own. The campaign's row lock makes closing
 * idempotent: a second closer, in this instance or another, waits for the first, then finds the campaign closed
 * and does nothing. The match is taken from the pot under the programme's row lock with a conditional update, so
 * campaigns closing together take turns and never take more than is left.
 */
@Component
class CampaignCloser {

    /** Funding lines are named in the platform's first language, as staff name the others. */
    static final String CROWD_LINE = "Financement participatif civique";
    static final String CITY_LINE = "Abondement de la ville – ";

    private final CampaignStore campaigns;
    private final ProjectStore projects;
    private final FundingService funding;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignCloser(CampaignStore campaigns, ProjectStore projects, FundingService funding, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.projects = projects;
        this.funding = funding;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** True if this call closed the campaign; false if it was already closed, not due yet, or unknown. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean close(long campaignId) {
        Instant now = clock.instant();
        CampaignStore.Locked campaign = campaigns.lock(campaignId).orElse(null);
        if (campaign == null || campaign.state() != CampaignState.OPEN || now.isBefore(campaign.deadline())) {
            return false;
        }
        Set<Long> pledgers = new LinkedHashSet<>(campaigns.pledgers(campaignId));
        boolean reached = CityMatching.reached(campaign.pledged(), campaign.target(), campaign.crowdShare());
        BigDecimal match = BigDecimal.ZERO.setScale(2);
        if (reached) {
            BigDecimal pot = campaigns.lockPot(campaign.programmeId());
            match = CityMatching.match(campaign.pledged(), campaign.target(), campaign.crowdShare(),
                    campaign.projectCap(), pot);
            if (match.signum() > 0 && !campaigns.takeFromPot(campaign.programmeId(), match)) {
                throw new IllegalStateException("the pot of programme " + campaign.programmeId() + " changed under its lock");
            }
            projects.lock(campaign.projectId());
            String programme = campaigns.view(campaignId).map(CampaignView::programmeNameFr).orElse("");
            funding.addCommittedLine(campaign.projectId(), CROWD_LINE, SourceType.CROWDFUNDING, campaign.pledged(), now);
            funding.addCommittedLine(campaign.projectId(), CITY_LINE + programme, SourceType.COMMUNE, match, now);
        }
        campaigns.close(campaignId, reached ? CampaignState.SUCCEEDED : CampaignState.FAILED, match, now);
        projects.addEvent(campaign.projectId(), reached ? "CAMPAIGN_SUCCEEDED" : "CAMPAIGN_FAILED", null,
                reached ? campaign.pledged().toPlainString() + "+" + match.toPlainString()
                        : campaign.pledged().toPlainString(), now);
        audit.append(null, "CLOSE_CAMPAIGN", "CAMPAIGN", campaignId, AuditDetails.of()
                .label((reached ? CampaignState.SUCCEEDED : CampaignState.FAILED).labelKey()).amount(campaign.pledged())
                .amount(match));
        events.publishEvent(new CampaignEnded(campaignId, campaign.projectId(), reached, pledgers));
        return true;
    }
}
