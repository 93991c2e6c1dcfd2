package fr.sensiblecity.notifications;

import fr.sensiblecity.ideas.IdeasAccepted;
import fr.sensiblecity.projects.CampaignEnded;
import fr.sensiblecity.projects.ProjectPhaseChanged;
import fr.sensiblecity.projects.ProjectService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to projects into notices, after the projects module's transaction commits, in the
 * background and in a transaction of its own, as {@link IdeaNotifications} does for ideas. When ideas become a
 * project, their authors, supporters and followers are told once each, however many of the ideas they were behind.
 */
@Component
class ProjectNotifications {

    static final String IDEAS_ACCEPTED = "notifications.ideas-accepted";
    static final String PHASE_CHANGED = "notifications.project-phase-changed";
    static final String CAMPAIGN_ENDED = "notifications.campaign-ended";

    private final ProjectService projects;
    private final Follows follows;
    private final Notifier notifier;
    private final Deliveries deliveries;

    ProjectNotifications(ProjectService projects, Follows follows, Notifier notifier, Deliveries deliveries) {
        this.projects = projects;
        this.follows = follows;
        this.notifier = notifier;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener(id = IDEAS_ACCEPTED)
    void ideasAccepted(IdeasAccepted accepted) {
        deliveries.claim(IDEAS_ACCEPTED, accepted).ifPresent(key -> {
            Set<Long> recipients = new LinkedHashSet<>(accepted.authorsAndSupporters());
            accepted.ideaIds().forEach(idea -> recipients.addAll(follows.followersOf(TargetType.IDEA, idea)));
            notifier.tell(notice(NotificationKind.IDEA_PROMOTED, accepted.projectId()), recipients, key);
        });
    }

    @ApplicationModuleListener(id = PHASE_CHANGED)
    void phaseChanged(ProjectPhaseChanged changed) {
        deliveries.claim(PHASE_CHANGED, changed).ifPresent(key -> notifier.tell(
                notice(NotificationKind.PROJECT_PHASE_CHANGED, changed.projectId()),
                Set.copyOf(follows.followersOf(TargetType.PROJECT, changed.projectId())), key));
    }

    @ApplicationModuleListener(id = CAMPAIGN_ENDED)
    void campaignEnded(CampaignEnded ended) {
        deliveries.claim(CAMPAIGN_ENDED, ended).ifPresent(key -> notifier.tell(notice(ended.succeeded()
                ? NotificationKind.CAMPAIGN_SUCCEEDED : NotificationKind.CAMPAIGN_FAILED, ended.projectId()),
                ended.pledgerIds(), key));
    }

    private Notice notice(NotificationKind kind, long projectId) {
        return new Notice(kind, TargetType.PROJECT, projectId, projects.titleOf(projectId));
    }
}
