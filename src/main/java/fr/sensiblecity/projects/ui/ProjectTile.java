package fr.sensiblecity.projects.ui;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.projects.ProjectCard;

/**
 * One project in a list, in the platform's card style: its phase and funding status, its whole title as the link
 * that covers the card, its commune, and a labelled progress bar of the funding secured toward its budget.
 */
class ProjectTile extends ListItem {

    ProjectTile(ProjectCard card, ProjectLabels labels) {
        Span phase = new Span(getTranslation(card.phase().labelKey()));
        phase.addClassName("sc-badge");
        Span funding = new Span(getTranslation(card.fundingStatus().labelKey()));
        funding.addClassNames("sc-badge", "sc-tile-funding");
        Div tags = new Div(phase, funding);
        tags.addClassName("sc-card-tags");
        Anchor link = new Anchor(RouteConfiguration.forSessionScope().getUrl(ProjectView.class, card.id()), card.title());
        UserContent.french(link);
        link.addClassName("sc-card-link");
        H2 title = new H2(link);
        title.addClassName("sc-card-title");
        Paragraph place = new Paragraph(card.territoryName());
        place.addClassName("sc-card-place");
        Paragraph secured = new Paragraph(getTranslation("projects.secured", labels.euros(card.secured()),
                labels.euros(card.budget())));
        Div progress = new Div(ProjectLabels.progress(card.percentage(),
                getTranslation("projects.fundedShare", card.title()), "funding-" + card.id()), secured);
        progress.addClassName("sc-card-progress");
        Article article = new Article(tags, title, place, progress);
        article.addClassNames("sc-card", "sc-tile");
        article.setId("project-" + card.id());
        add(article);
        addClassName("sc-tile-item");
    }
}
