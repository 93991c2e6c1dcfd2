package fr.sensiblecity.panels.ui;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.DetailActions;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.DrawService;
import fr.sensiblecity.panels.EvidenceService;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.SessionLine;
import fr.sensiblecity.panels.PanelPermissions;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.SeatService;
import fr.sensiblecity.panels.VolunteerService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A panel's public page: its question, who answers it, its quotas and schedule; volunteering while it recruits;
 * the signed-in resident's seat offer after the draw; the published draw; the evidence library once it learns.
 */
@Route("panels")
@AnonymousAllowed
class PanelView extends PanelPage {

    private final PanelService panels;
    private final VolunteerService volunteering;
    private final SeatService seats;
    private final DrawService draws;
    private final EvidenceService evidence;
    private final PanelPermissions permissions;
    private final TerritoryService territories;
    private final AuthenticationContext authentication;
    private final List<DetailActions> detailActions;
    private final Clock clock;

    PanelView(PanelService panels, VolunteerService volunteering, SeatService seats, DrawService draws,
            EvidenceService evidence, PanelPermissions permissions, TerritoryService territories,
            AuthenticationContext authentication, List<DetailActions> detailActions, Clock clock) {
        super(panels);
        this.clock = clock;
        this.detailActions = detailActions;
        this.panels = panels;
        this.volunteering = volunteering;
        this.seats = seats;
        this.draws = draws;
        this.evidence = evidence;
        this.permissions = permissions;
        this.territories = territories;
        this.authentication = authentication;
    }

    @Override
    void render(PanelDetails shown, Runnable refresh) {
        boolean runs = permissions.canRun(SecurityContextHolder.getContext().getAuthentication());
        String territory = territories.findTerritory(shown.territoryId()).map(TerritorySummary::name).orElse("");
        var phase = PanelText.phaseBadge(this, shown.phase());
        phase.setId("panel-phase");
        Paragraph meta = new Paragraph(getTranslation("panel.meta", shown.authority(), territory, shown.size(),
                shown.reserves()));
        meta.addClassName("sc-meta");
        add(UserContent.french(new H1(shown.question())), phase, meta);
        detailActions.forEach(extension -> extension.actionsFor("PANEL", shown.id()).ifPresent(this::add));
        if (shown.recruitmentOpens() != null || shown.recruitmentCloses() != null) {
            add(new Paragraph(getTranslation("panel.window", PanelText.date(this, shown.recruitmentOpens()),
                    PanelText.date(this, shown.recruitmentCloses()))));
        }
        if (runs) {
            add(staffActions(shown, refresh));
        }
        add(new SeatOffer(seats, shown, refresh));
        if (shown.phase() == PanelPhase.RECRUITING) {
            add(new VolunteerSection(volunteering, draws, shown, authentication.isAuthenticated(), refresh));
        }
        add(quotas(shown), new PanelTimeline(shown, LocalDateTime.now(clock.withZone(PanelText.TERRITORY_TIME))));
        if (draws.anyPublished(shown.id())) {
            add(drawn(shown));
        }
        if (shown.phase().compareTo(PanelPhase.LEARNING) >= 0) {
            add(new EvidenceSection(evidence, permissions, shown));
        }
    }

    private HorizontalLayout staffActions(PanelDetails shown, Runnable refresh) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("sc-staff-actions");
        if (shown.phase() == PanelPhase.DRAFT || shown.phase() == PanelPhase.RECRUITING) {
            Anchor edit = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelFormView.class, shown.id()),
                    getTranslation("panel.edit"));
            edit.setId("edit-panel");
            actions.add(edit);
        }
        Anchor manage = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelManageView.class, shown.id()),
                getTranslation("panel.manage"));
        manage.setId("manage-panel");
        actions.add(manage);
        if (shown.phase() != PanelPhase.RECRUITING && shown.phase() != PanelPhase.CLOSED) {
            PanelPhase next = PanelPhase.values()[shown.phase().ordinal() + 1];
            Button advance = new Button(getTranslation("panel.advance", PanelText.phase(this, next)), click -> {
                try {
                    panels.advance(shown.id(), next);
                    Notifications.success(getTranslation("panel.advanced", PanelText.phase(this, next)));
                    refresh.run();
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            advance.setId("advance-panel");
            actions.add(advance);
        }
        return actions;
    }

    private VerticalLayout quotas(PanelDetails shown) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("panel.quotas")),
                new Paragraph(getTranslation("panel.quotasIntro")));
        section.setPadding(false);
        shown.categories().forEach((category, features) -> {
            UnorderedList list = new UnorderedList();
            shown.quotas().stream().filter(line -> line.category().equals(category)).forEach(line -> list.add(
                    new ListItem(getTranslation("panel.quotaLine", PanelText.census(this, line.feature()), line.min(),
                            line.max()))));
            section.add(new Paragraph(PanelText.census(this, category)), list);
        });
        return section;
    }

    private VerticalLayout drawn(PanelDetails shown) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("panel.drawTitle")));
        section.setPadding(false);
        Anchor published = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelDrawView.class, shown.id()),
                getTranslation("panel.drawLink"));
        published.setId("draw-link");
        section.add(published);
        Map<String, Map<String, Integer>> composition = seats.composition(shown.id());
        if (!composition.isEmpty()) {
            section.add(new Paragraph(getTranslation("panel.composition")));
            UnorderedList list = new UnorderedList();
            composition.forEach((category, counts) -> counts.forEach((feature, count) -> list.add(
                    new ListItem(getTranslation("panel.compositionLine", PanelText.census(this, category),
                            PanelText.census(this, feature), count)))));
            section.add(list);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        PanelDetails panel = panel();
        return (panel == null ? getTranslation("panels.title") : panel.question()) + " | " + getTranslation("app.name");
    }
}
