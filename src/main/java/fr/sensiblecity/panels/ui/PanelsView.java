package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
        UnorderedList cards = new UnorderedList();
        cards.setId("panels-list");
        cards.addClassNames("sc-card-grid", "sc-tile-list");
        cards.getElement().setAttribute("aria-label", getTranslation("panels.title"));
        shown.forEach(panel -> cards.add(new PanelTile(panel, names.getOrDefault(panel.territoryId(), ""))));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panels.title") + " | " + getTranslation("app.name");
    }
}
