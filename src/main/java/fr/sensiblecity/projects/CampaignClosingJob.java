package fr.sensiblecity.projects;

import fr.sensiblecity.base.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes campaigns whose deadline has passed, on one instance at a time (see base.SchedulingLocks). Closing
 * stays idempotent under the campaign's row lock all the same, for a run that outlives its lock.
 */
@Component
class CampaignClosingJob {

    private final CampaignService campaigns;

    CampaignClosingJob(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    // lockAtLeastFor stays under the default interval (60 s), so the next run is never skipped for a held lock.
    @Scheduled(fixedDelayString = "${sensible.projects.closing-interval:60s}", initialDelayString = "${sensible.projects.closing-interval:60s}")
    @SchedulerLock(name = "campaign-closing", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void closeDue() {
        SystemTask.runAsAdministrator("campaign-closing", campaigns::closeDueCampaigns);
    }
}
