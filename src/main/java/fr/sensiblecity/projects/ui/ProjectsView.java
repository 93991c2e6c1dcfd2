package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.projects.FundingStatus;
import fr.sensiblecity.projects.ProjectCard;
import fr.sensiblecity.projects.ProjectPermissions;
import fr.sensiblecity.projects.ProjectPhase;
import fr.sensiblecity.projects.ProjectQuery;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Everyone lists projects as cards, filtered by territory, theme, phase and funding status, each with its funding
 * progress bar; "Voir plus" brings the next page.
 */
@Route("projects")
@AnonymousAllowed
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    /** Cards per page: a phone scrolls through a dozen, "Voir plus" brings the next ones. */
    static final int PAGE = 12;

    private final ProjectService projects;
    private final ProjectLabels labels;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private final Paragraph empty = new Paragraph();
    private int shown;
    private final Select<TerritorySummary> territory = new Select<>();
    private final Select<ThemeSummary> theme = new Select<>();
    private final Select<ProjectPhase> phase = new Select<>();
    private final Select<FundingStatus> funding = new Select<>();

    ProjectsView(ProjectService projects, TerritoryService territories, ProjectPermissions permissions) {
        addClassName("sc-page");
        this.projects = projects;
        this.labels = new ProjectLabels(territories, getLocale());
        more.setText(getTranslation("projects.more"));
        empty.setText(getTranslation("projects.none"));
        add(new H1(getTranslation("projects.title")), new Paragraph(getTranslation("projects.intro")));
        if (permissions.canManage(SecurityContextHolder.getContext().getAuthentication())) {
            Anchor promote = new Anchor(RouteConfiguration.forSessionScope().getUrl(PromoteView.class),
                    getTranslation("promote.title"));
            promote.addClassName("sc-button-link");
            promote.setId("promote-ideas");
            add(promote);
        }
        territory.setLabel(getTranslation("ideas.filter.territory"));
        territory.setItems(territories.listTerritories());
        territory.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.name());
        theme.setLabel(getTranslation("ideas.filter.theme"));
        theme.setItems(territories.listThemes());
        theme.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : item.label(getLocale()));
        phase.setLabel(getTranslation("projects.filter.phase"));
        phase.setItems(ProjectPhase.values());
        phase.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : getTranslation(item.labelKey()));
        phase.setId("projects-phase");
        funding.setLabel(getTranslation("projects.filter.funding"));
        funding.setItems(FundingStatus.values());
        funding.setItemLabelGenerator(item -> item == null ? getTranslation("ideas.filter.any") : getTranslation(item.labelKey()));
        funding.setId("projects-funding");
        for (Select<?> filter : new Select<?>[] {territory, theme, phase, funding}) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("ideas.filter.any"));
            filter.addValueChangeListener(change -> reload());
        }
        FlexLayout filters = new FlexLayout(territory, theme, phase, funding);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("sc-filters");

        list.setId("projects-list");
        list.addClassNames("sc-card-grid", "sc-tile-list");
        list.getElement().setAttribute("aria-label", getTranslation("projects.title"));
        more.setId("projects-more");
        more.addClickListener(click -> showMore());
        empty.addClassName("sc-empty");
        add(filters, list, empty, more);
        reload();
    }

    /** Starts the list again from the first page, for new filters. */
    private void reload() {
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        List<ProjectCard> page = projects.browse(currentQuery(), shown, PAGE);
        page.forEach(card -> list.add(new ProjectTile(card, labels)));
        shown += page.size();
        more.setVisible(page.size() == PAGE);
        empty.setVisible(shown == 0);
    }

    private ProjectQuery currentQuery() {
        return new ProjectQuery(territory.getValue() == null ? null : territory.getValue().id(),
                theme.getValue() == null ? null : theme.getValue().id(), phase.getValue(), funding.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " | " + getTranslation("app.name");
    }
}
