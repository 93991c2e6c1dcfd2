package fr.sensiblecity.projects;

import fr.sensiblecity.base.SystemTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes campaigns whose deadline has passed. Every instance runs it; closing is idempotent under the campaign's
 * row lock, so two instances closing at once are safe.
 */
@Component
class CampaignClosingJob {

    private final CampaignService campaigns;

    CampaignClosingJob(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Scheduled(fixedDelayString = "${sensible.projects.closing-interval:60s}", initialDelayString = "${sensible.projects.closing-interval:60s}")
    void closeDue() {
        SystemTask.runAsAdministrator("campaign-closing", campaigns::closeDueCampaigns);
    }
}
