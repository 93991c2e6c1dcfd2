package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.base.ui.DetailActions;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.projects.ProjectPermissions;
import fr.sensiblecity.projects.ProjectService;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On an idea's page: a link to the project the idea became, for everyone; and for moderators, while the idea is
 * mature or under review, a link that promotes it.
 */
@org.springframework.stereotype.Component
class ProjectIdeaLink implements DetailActions {

    private final ProjectService projects;
    private final IdeaService ideas;
    private final ProjectPermissions permissions;

    ProjectIdeaLink(ProjectService projects, IdeaService ideas, ProjectPermissions permissions) {
        this.projects = projects;
        this.ideas = ideas;
        this.permissions = permissions;
    }

    @Override
    public Optional<Component> actionsFor(String targetType, long targetId) {
        if (!"IDEA".equals(targetType)) {
            return Optional.empty();
        }
        Optional<Long> project = projects.projectOfIdea(targetId);
        if (project.isPresent()) {
            Anchor link = new Anchor(RouteConfiguration.forSessionScope().getUrl(ProjectView.class, project.get()), "");
            link.setText(link.getTranslation("project.fromIdea", projects.titleOf(project.get())));
            link.setId("idea-project-link");
            return Optional.of(link);
        }
        IdeaState state = ideas.findIdea(targetId).state();
        if (permissions.canManage(SecurityContextHolder.getContext().getAuthentication())
                && (state == IdeaState.MATURE || state == IdeaState.UNDER_REVIEW)) {
            String url = RouteConfiguration.forSessionScope().getUrl(PromoteView.class) + "?"
                    + QueryParameters.simple(Map.of("idea", Long.toString(targetId))).getQueryString();
            Anchor promote = new Anchor(url, "");
            promote.setText(promote.getTranslation("promote.fromIdea"));
            promote.setId("promote-idea");
            return Optional.of(promote);
        }
        return Optional.empty();
    }
}
