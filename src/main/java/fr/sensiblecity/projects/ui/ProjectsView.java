package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import org.springframework.security.core.context.SecurityContextHolder;

/** Everyone lists projects, filtered by territory, theme, phase and funding status; the list pages lazily. */
@Route("projects")
@AnonymousAllowed
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ProjectCard> grid = new Grid<>();
    private final Select<TerritorySummary> territory = new Select<>();
    private final Select<ThemeSummary> theme = new Select<>();
    private final Select<ProjectPhase> phase = new Select<>();
    private final Select<FundingStatus> funding = new Select<>();

    ProjectsView(ProjectService projects, TerritoryService territories, ProjectPermissions permissions) {
        addClassName("sc-page");
        ProjectLabels labels = new ProjectLabels(territories, getLocale());
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
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        FlexLayout filters = new FlexLayout(territory, theme, phase, funding);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("sc-filters");

        grid.setId("projects-grid");
        grid.setAriaLabel(getTranslation("projects.title"));
        grid.addComponentColumn(card -> new Anchor(RouteConfiguration.forSessionScope().getUrl(ProjectView.class,
                card.id()), card.title())).setHeader(getTranslation("projects.column.title")).setFlexGrow(1)
                .setWidth("16rem");
        grid.addColumn(ProjectCard::territoryName).setHeader(getTranslation("ideas.column.territory")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> getTranslation(card.phase().labelKey())).setHeader(getTranslation("projects.column.phase"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> labels.euros(card.budget())).setHeader(getTranslation("projects.column.budget"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> getTranslation(card.fundingStatus().labelKey()))
                .setHeader(getTranslation("projects.column.funding")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(card -> ProjectLabels.progress(card.percentage(),
                getTranslation("projects.fundedShare", card.title()), "funding-" + card.id()))
                .setHeader(getTranslation("projects.column.percentage")).setWidth("11rem").setFlexGrow(0);
        grid.setPageSize(50);
        grid.setItems(query -> projects.browse(currentQuery(), query.getOffset(),
                Math.min(query.getLimit(), ProjectService.PAGE_MAX)).stream());
        grid.setSizeFull();
        setSizeFull();
        add(filters, grid);
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
