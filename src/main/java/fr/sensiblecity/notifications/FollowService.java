package fr.sensiblecity.notifications;

import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Following an idea (told when it matures or is answered), a project or a panel (told when it changes phase). Both are idempotent: a double click is harmless. */
@Service
public class FollowService {

    private final Follows follows;
    private final IdeaService ideas;
    private final ProjectService projects;
    private final PanelService panels;
    private final CurrentResident current;
    private final Clock clock;

    FollowService(Follows follows, IdeaService ideas, ProjectService projects, PanelService panels, CurrentResident current,
            Clock clock) {
        this.panels = panels;
        this.follows = follows;
        this.ideas = ideas;
        this.projects = projects;
        this.current = current;
        this.clock = clock;
    }

    /** Refuses an unknown idea with {@code idea.error.notFound}. */
    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void followIdea(long ideaId) {
        long me = signedIn();
        ideas.findIdea(ideaId);
        follows.add(me, TargetType.IDEA, ideaId, clock.instant());
    }

    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void unfollowIdea(long ideaId) {
        follows.remove(signedIn(), TargetType.IDEA, ideaId);
    }

    /** False for a visitor, so that pages may ask before anyone signs in. */
    @Transactional(readOnly = true)
    public boolean isFollowingIdea(long ideaId) {
        return current.id().map(me -> follows.exists(me, TargetType.IDEA, ideaId)).orElse(false);
    }

    /** Refuses an unknown project with {@code project.error.notFound}. */
    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void followProject(long projectId) {
        long me = signedIn();
        projects.findProject(projectId);
        follows.add(me, TargetType.PROJECT, projectId, clock.instant());
    }

    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void unfollowProject(long projectId) {
        follows.remove(signedIn(), TargetType.PROJECT, projectId);
    }

    @Transactional(readOnly = true)
    public boolean isFollowingProject(long projectId) {
        return current.id().map(me -> follows.exists(me, TargetType.PROJECT, projectId)).orElse(false);
    }

    /** Refuses an unknown panel, or a draft, with {@code panel.error.notFound}. */
    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void followPanel(long panelId) {
        long me = signedIn();
        panels.findPanel(panelId);
        follows.add(me, TargetType.PANEL, panelId, clock.instant());
    }

    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void unfollowPanel(long panelId) {
        follows.remove(signedIn(), TargetType.PANEL, panelId);
    }

    @Transactional(readOnly = true)
    public boolean isFollowingPanel(long panelId) {
        return current.id().map(me -> follows.exists(me, TargetType.PANEL, panelId)).orElse(false);
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
