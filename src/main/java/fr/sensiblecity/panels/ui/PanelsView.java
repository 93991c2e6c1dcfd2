package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPermissions;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every public panel, newest first, with its question and phase; facilitators also see drafts and start new ones. */
@Route("panels")
@AnonymousAllowed
class PanelsView extends VerticalLayout implements HasDynamicTitle {

    PanelsView(PanelService panels, PanelPermissions permissions, TerritoryService territories) {
        addClassName("sc-page");
        add(new H1(getTranslation("panels.title")), new Paragraph(getTranslation("panels.intro")));
        boolean facilitator = permissions.canRun(SecurityContextHolder.getContext().getAuthentication());
        if (facilitator) {
            Anchor create = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelFormView.class),
                    getTranslation("panels.create"));
            create.setId("create-panel");
            add(create);
        }
        Map<Long, String> names = territories.listTerritories().stream()
                .collect(Collectors.toMap(TerritorySummary::id, TerritorySummary::name));
        List<PanelDetails> shown = panels.listPanels(facilitator);
        if (shown.isEmpty()) {
            add(new Paragraph(getTranslation("panels.none")));
        }
        for (PanelDetails panel : shown) {
            Div card = new Div();
            card.addClassName("sc-panel-card");
            Anchor question = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelView.class, panel.id()),
                    panel.question());
            H2 heading = new H2(question);
            Paragraph meta = new Paragraph(getTranslation("panels.meta", names.getOrDefault(panel.territoryId(), ""),
                    panel.authority(), panel.size()));
            meta.addClassName("sc-meta");
            card.add(heading, PanelText.phaseBadge(this, panel.phase()), meta);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panels.title") + " | " + getTranslation("app.name");
    }
}
