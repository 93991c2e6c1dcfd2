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

/**
 * Following an idea (told when it matures or is answered), a project or a panel (told when it changes phase).
 * Following and unfollowing are idempotent: a double click is harmless.
 */
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

    /**
     * Follows an idea, a project or a panel. Refuses an unknown target (and a draft panel) with that module's
     * not-found message: {@code idea.error.notFound}, {@code project.error.notFound}, {@code panel.error.notFound}.
     */
    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void follow(TargetType type, long targetId) {
        long me = signedIn();
        switch (type) {
            case IDEA -> ideas.findIdea(targetId);
            case PROJECT -> projects.findProject(targetId);
            case PANEL -> panels.findPanel(targetId);
            default -> throw new IllegalArgumentException(type + " cannot be followed");
        }
        follows.add(me, type, targetId, clock.instant());
    }

    @Transactional
    @PreAuthorize("@notificationPermissions.canFollow(authentication)")
    public void unfollow(TargetType type, long targetId) {
        follows.remove(signedIn(), type, targetId);
    }

    /** How many residents follow the idea, project or panel: a number anyone may read, never who. */
    @Transactional(readOnly = true)
    public long followerCount(TargetType type, long targetId) {
        return follows.count(type, targetId);
    }

    /** False for a visitor, so that pages may ask before anyone signs in. */
    @Transactional(readOnly = true)
    public boolean isFollowing(TargetType type, long targetId) {
        return current.id().map(me -> follows.exists(me, type, targetId)).orElse(false);
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
