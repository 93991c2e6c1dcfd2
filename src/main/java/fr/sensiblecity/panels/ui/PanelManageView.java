package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.panels.DrawService;
import fr.sensiblecity.panels.EvidenceService;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.PoolFiles;
import fr.sensiblecity.panels.SeatService;
import fr.sensiblecity.panels.VolunteerService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Running a panel, for facilitators and administrators: its pool (with the practitioners' files), the draw in
 * two acts, the seats and their answers, the evidence library and the members' requests for experts.
 */
@Route("panels/manage")
@RolesAllowed({"FACILITATOR", "ADMINISTRATOR"})
class PanelManageView extends PanelPage {

    private final PanelService panels;
    private final VolunteerService volunteering;
    private final PoolFiles files;
    private final DrawService draws;
    private final SeatService seats;
    private final EvidenceService evidence;

    PanelManageView(PanelService panels, VolunteerService volunteering, PoolFiles files, DrawService draws,
            SeatService seats, EvidenceService evidence) {
        super(panels);
        this.panels = panels;
        this.volunteering = volunteering;
        this.files = files;
        this.draws = draws;
        this.seats = seats;
        this.evidence = evidence;
    }

    @Override
    void render(PanelDetails shown, Runnable refresh) {
        Anchor back = new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelView.class, shown.id()),
                shown.question());
        back.setId("back-to-panel");
        add(new H1(getTranslation("panelManage.title")), back, PanelText.phaseBadge(this, shown.phase()),
                new ScheduleSection(panels, shown, refresh),
                new DrawSection(draws, shown, seats.seats(shown.id()), refresh), new SeatSection(seats, shown, refresh),
                new PoolSection(volunteering, files, shown, refresh), new EvidenceAdmin(evidence, shown, refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panelManage.title") + " | " + getTranslation("app.name");
    }
}
