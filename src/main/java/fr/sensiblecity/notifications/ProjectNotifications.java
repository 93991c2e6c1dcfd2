package fr.sensiblecity.notifications;

import fr.sensiblecity.ideas.IdeasAccepted;
import fr.sensiblecity.projects.CampaignEnded;
import fr.sensiblecity.projects.ProjectPhaseChanged;
import fr.sensiblecity.projects.ProjectService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what happens to projects into notices, after the projects module's transaction commits and in a
 * transaction of its own, as {@link IdeaNotifications} does for ideas. When ideas become a project, their authors,
 * supporters and followers are told once each, however many of the ideas they were behind.
 */
@Component
class ProjectNotifications {

    private final ProjectService projects;
    private final Follows follows;
    private final Notifier notifier;

    ProjectNotifications(ProjectService projects, Follows follows, Notifier notifier) {
        this.projects = projects;
        this.follows = follows;
        this.notifier = notifier;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ideasAccepted(IdeasAccepted accepted) {
        Set<Long> recipients = new LinkedHashSet<>(accepted.authorsAndSupporters());
        accepted.ideaIds().forEach(idea -> recipients.addAll(follows.followersOf(TargetType.IDEA, idea)));
        notifier.tell(notice(NotificationKind.IDEA_PROMOTED, accepted.projectId()), recipients);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void phaseChanged(ProjectPhaseChanged changed) {
        notifier.tell(notice(NotificationKind.PROJECT_PHASE_CHANGED, changed.projectId()),
                Set.copyOf(follows.followersOf(TargetType.PROJECT, changed.projectId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void campaignEnded(CampaignEnded ended) {
        notifier.tell(notice(ended.succeeded() ? NotificationKind.CAMPAIGN_SUCCEEDED : NotificationKind.CAMPAIGN_FAILED,
                ended.projectId()), ended.pledgerIds());
    }

    private Notice notice(NotificationKind kind, long projectId) {
        return new Notice(kind, TargetType.PROJECT, projectId, projects.titleOf(projectId));
    }
}
