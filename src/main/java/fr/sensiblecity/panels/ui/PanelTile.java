package fr.sensiblecity.panels.ui;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;

/**
 * One panel in a list, in the platform's card style: its phase, its whole question as the link that covers the
 * card, its territory and authority, and while it recruits, until when one may volunteer.
 */
class PanelTile extends ListItem {

    PanelTile(PanelDetails panel, String territory) {
        Div tags = new Div(PanelText.phaseBadge(this, panel.phase()));
        tags.addClassName("sc-card-tags");
        Anchor link = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelView.class, panel.id()),
                panel.question());
        link.addClassName("sc-card-link");
        UserContent.french(link);
        H2 title = new H2(link);
        title.addClassName("sc-card-title");
        Paragraph place = new Paragraph(territory);
        place.addClassName("sc-card-place");
        Paragraph meta = new Paragraph(getTranslation("panels.cardMeta", panel.authority(), panel.size()));
        meta.addClassName("sc-meta");
        Article article = new Article(tags, title, place, meta);
        if (panel.phase() == PanelPhase.RECRUITING && panel.recruitmentCloses() != null) {
            Paragraph until = new Paragraph(getTranslation("panels.recruitingUntil",
                    PanelText.date(this, panel.recruitmentCloses())));
            until.addClassName("sc-tile-deadline");
            article.add(until);
        }
        article.addClassNames("sc-card", "sc-tile");
        article.setId("panel-" + panel.id());
        add(article);
        addClassName("sc-tile-item");
    }
}
