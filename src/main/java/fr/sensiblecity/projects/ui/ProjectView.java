package fr.sensiblecity.projects.ui;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.SafeMarkdown;
import fr.sensiblecity.base.ui.DetailActions;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.CampaignView;
import fr.sensiblecity.projects.EligibilityResult;
import fr.sensiblecity.projects.FundingPlan;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.projects.ProjectDetails;
import fr.sensiblecity.projects.ProjectPermissions;
import fr.sensiblecity.projects.ProjectPhase;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.territories.TerritoryService;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A project's public page, for accountability: where it stands in its lifecycle, its milestones, its funding plan
 * and campaign, its eligibility checks with their reasons, and the timeline of what happened.
 */
@Route("projects")
@AnonymousAllowed
class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final List<ProjectPhase> PATH = List.of(ProjectPhase.STUDY, ProjectPhase.EXPERIMENTATION,
            ProjectPhase.EVALUATION, ProjectPhase.GENERALISED);

    private final ProjectService projects;
    private final FundingService funding;
    private final CampaignService campaigns;
    private final TerritoryService territories;
    private final ProjectPermissions permissions;
    private final List<DetailActions> detailActions;
    private @Nullable ProjectDetails project;

    ProjectView(ProjectService projects, FundingService funding, CampaignService campaigns,
            TerritoryService territories, ProjectPermissions permissions, List<DetailActions> detailActions) {
        this.projects = projects;
        this.funding = funding;
        this.campaigns = campaigns;
        this.territories = territories;
        this.permissions = permissions;
        this.detailActions = detailActions;
        addClassName("sc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long projectId) {
        removeAll();
        ProjectDetails shown = projects.findProject(projectId);
        project = shown;
        ProjectLabels labels = new ProjectLabels(territories, getLocale());
        Span phase = new Span(getTranslation(shown.phase().labelKey()));
        phase.addClassName("sc-badge");
        phase.setId("project-phase");
        Paragraph meta = new Paragraph(getTranslation("project.meta", getTranslation(shown.holderType().labelKey()),
                shown.holderName(), shown.territoryName(), labels.themes(shown.themeIds())));
        meta.addClassName("sc-meta");
        add(UserContent.french(new H1(shown.title())), phase, meta);
        if (!shown.labels().isEmpty()) {
            HorizontalLayout badges = new HorizontalLayout();
            badges.setId("project-labels");
            shown.labels().forEach(label -> {
                Span badge = new Span(label);
                badge.addClassName("sc-label");
                badges.add(badge);
            });
            add(badges);
        }
        add(UserContent.french(new Html(SafeMarkdown.toHtml(shown.summary()))));
        if (!shown.partners().isEmpty()) {
            add(new Paragraph(getTranslation("project.partners", shown.partners())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        detailActions.forEach(extension -> extension.actionsFor("PROJECT", projectId).ifPresent(actions::add));
        if (permissions.canManage(SecurityContextHolder.getContext().getAuthentication())) {
            Anchor manage = new Anchor(RouteConfiguration.forSessionScope().getUrl(ProjectManageView.class, projectId),
                    getTranslation("manage.title"));
            manage.setId("manage-project");
            actions.add(manage);
        }
        actions.setAlignItems(Alignment.CENTER);
        add(actions);
        add(lifecycle(shown));
        add(milestones(shown));
        add(fundingSection(shown, labels));
        add(eligibility(shown, labels));
        add(sources(shown), new ProjectTimeline(shown, labels));
    }

    private Div lifecycle(ProjectDetails shown) {
        OrderedList steps = new OrderedList();
        steps.addClassName("sc-lifecycle");
        steps.setId("project-lifecycle");
        List<ProjectPhase> path = shown.phase() == ProjectPhase.STOPPED
                ? List.of(ProjectPhase.STUDY, ProjectPhase.EXPERIMENTATION, ProjectPhase.EVALUATION, ProjectPhase.STOPPED)
                : PATH;
        Set<ProjectPhase> reached = new HashSet<>();
        shown.timeline().stream().filter(entry -> entry.phase() != null).forEach(entry -> reached.add(entry.phase()));
        for (ProjectPhase step : path) {
            ListItem item = new ListItem(getTranslation(step.labelKey()));
            if (step == shown.phase()) {
                item.addClassName("sc-current");
                item.getElement().setAttribute("aria-current", "step");
            } else if (reached.contains(step)) {
                item.addClassName("sc-done");
            }
            steps.add(item);
        }
        Div section = new Div(new H2(getTranslation("project.lifecycle")), steps);
        section.addClassName("sc-section");
        if (shown.evaluationSummary() != null) {
            Div evaluation = new Div(new H2(getTranslation("project.evaluation")),
                    new Html(SafeMarkdown.toHtml(shown.evaluationSummary())));
            evaluation.addClassName("sc-answer");
            evaluation.setId("project-evaluation");
            section.add(evaluation);
        }
        return section;
    }

    private Div milestones(ProjectDetails shown) {
        Div section = new Div(new H2(getTranslation("project.milestones")));
        section.setId("project-milestones");
        section.addClassName("sc-section");
        if (shown.milestones().isEmpty()) {
            section.add(new Paragraph(getTranslation("project.noMilestones")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (ProjectDetails.Milestone milestone : shown.milestones()) {
            String title = milestone.dueOn() == null ? milestone.title()
                    : getTranslation("project.milestoneDue", milestone.title(), dates.format(milestone.dueOn()));
            Div row = new Div(new Span(title), ProjectLabels.progress(milestone.progress(),
                    getTranslation("project.milestoneProgress", milestone.title()), "milestone-" + milestone.id()));
            row.addClassName("sc-milestone");
            section.add(row);
        }
        return section;
    }

    private Div fundingSection(ProjectDetails shown, ProjectLabels labels) {
        FundingPlan plan = funding.plan(shown.id());
        Paragraph summary = new Paragraph(getTranslation("funding.summary", labels.euros(plan.secured()),
                labels.euros(plan.budget()), getTranslation(plan.status().labelKey())));
        summary.setId("funding-summary");
        Div section = new Div(new H2(getTranslation("funding.title")), summary,
                ProjectLabels.progress(plan.percentage(), getTranslation("funding.progress"), "funding-progress"));
        section.setId("project-funding");
        section.addClassName("sc-section");
        if (!plan.lines().isEmpty()) {
            section.add(FundingLinesTable.of(this, plan.lines(), labels));
        }
        campaigns.campaignOfProject(shown.id()).ifPresent(campaign -> section.add(campaignSummary(campaign, labels)));
        return section;
    }

    private Div campaignSummary(CampaignView campaign, ProjectLabels labels) {
        Paragraph totals = new Paragraph(getTranslation("campaign.totals", labels.euros(campaign.pledged()),
                labels.euros(campaign.target()), campaign.pledgerCount()));
        Div block = new Div(new com.vaadin.flow.component.html.H3(getTranslation("campaign.title")),
                new Paragraph(getTranslation(campaign.state().labelKey())), totals);
        if (campaign.cityMatch().signum() > 0) {
            Paragraph match = new Paragraph(getTranslation("campaign.cityMatched", labels.euros(campaign.cityMatch())));
            match.setId("campaign-city-match");
            block.add(match);
        }
        Anchor open = new Anchor(RouteConfiguration.forSessionScope().getUrl(CampaignPage.class, campaign.id()),
                getTranslation("campaign.open"));
        open.setId("campaign-link");
        block.add(open);
        block.addClassName("sc-campaign-summary");
        block.setId("campaign-summary");
        return block;
    }

    private Div eligibility(ProjectDetails shown, ProjectLabels labels) {
        Div section = new Div(new H2(getTranslation("eligibility.title")));
        section.setId("project-eligibility");
        section.addClassName("sc-section");
        List<EligibilityResult> checks = funding.eligibilityOf(shown.id());
        if (checks.isEmpty()) {
            section.add(new Paragraph(getTranslation("eligibility.none")));
            return section;
        }
        Map<Long, Programme> programmes = funding.listProgrammes().stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        Set<Long> shownProgrammes = new HashSet<>();
        for (EligibilityResult check : checks) {
            Programme programme = programmes.get(check.programmeId());
            if (programme != null && shownProgrammes.add(check.programmeId())) {
                section.add(EligibilitySentences.describe(this, check, programme, labels));
            }
        }
        return section;
    }

    private Div sources(ProjectDetails shown) {
        UnorderedList ideas = new UnorderedList();
        shown.ideas().forEach(idea -> ideas.add(new ListItem(new Anchor("ideas/" + idea.id(), idea.title()))));
        Div section = new Div(new H2(getTranslation("project.ideas")), ideas);
        section.setId("project-ideas");
        section.addClassName("sc-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("projects.title") : project.title()) + " | " + getTranslation("app.name");
    }
}
