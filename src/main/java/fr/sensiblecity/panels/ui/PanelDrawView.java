package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.panels.DrawCheck;
import fr.sensiblecity.panels.DrawService;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.PublishedDraw;
import java.util.List;

/**
 * The published draw of a panel, round by round: how the seed was to be chosen, the SHA-256 of the ticket list,
 * every volunteer's probability and the ticket list itself (to download), the seed and the people drawn; and the
 * check, re-run on this page from the published data alone, that says whether it gives the same panel.
 */
@Route("panels/draw")
@AnonymousAllowed
class PanelDrawView extends PanelPage {

    private final DrawService draws;

    PanelDrawView(PanelService panels, DrawService draws) {
        super(panels);
        this.draws = draws;
    }

    @Override
    void render(PanelDetails panel, Runnable refresh) {
        long panelId = panel.id();
        add(new H1(getTranslation("panelDraw.title")),
                new Anchor(RouteConfiguration.forSessionScope().getUrl(PanelView.class, panelId), panel.question()),
                new Paragraph(getTranslation("panelDraw.protocol")),
                new Paragraph(getTranslation("panelDraw.privacy", draws.publishedProfileMinimum())));
        List<PublishedDraw> rounds = draws.rounds(panelId);
        List<DrawCheck> checks = draws.verify(panelId);
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("panelDraw.none")));
        }
        for (int i = 0; i < rounds.size(); i++) {
            add(round(rounds.get(i), checks.get(i)));
        }
    }

    private Div round(PublishedDraw draw, DrawCheck check) {
        Div section = new Div();
        section.addClassName("sc-draw-round");
        section.add(new H2(getTranslation(draw.round() == 0 ? "panelDraw.firstRound" : "panelDraw.replacementRound",
                draw.round() + 1)));
        section.add(new Paragraph(getTranslation("panelDraw.published", PanelText.dateTime(this, draw.publishedAt()),
                draw.seats(), draw.poolSize(), draw.seedAnnouncement())));
        Paragraph hash = new Paragraph(getTranslation("panelDraw.hash", draw.ticketHash()));
        hash.addClassName("sc-hash");
        section.add(hash, new Paragraph(getTranslation("panelDraw.minimum",
                String.format(getLocale(), "%.4f", draw.minimumProbability()))));
        if (draw.fairMinimumProbability() != null && draw.largestLoss() != null) {
            Paragraph rounding = new Paragraph(getTranslation(draw.lostMoreThanOneTicket() ? "panelDraw.roundingBeyond"
                    : "panelDraw.rounding", String.format(getLocale(), "%.4f", draw.fairMinimumProbability()),
                    draw.ticketCount(), String.format(getLocale(), "%.4f", draw.largestLoss()),
                    String.format(getLocale(), "%.1f", draw.largestLoss() * draw.ticketCount())));
            rounding.setId("draw-rounding-" + draw.round());
            section.add(rounding);
        }
        if (draw.profilesWithHiddenFeatures() > 0) {
            Paragraph hidden = new Paragraph(getTranslation("panelDraw.hiddenProfiles", draw.profilesWithHiddenFeatures(),
                    draw.profileCount()));
            hidden.setId("draw-hidden-profiles-" + draw.round());
            section.add(hidden);
        }
        section.add(PanelText.download("tickets-" + draw.panelId() + "-" + draw.round() + ".txt", "text/plain",
                draw::tickets, getTranslation("panelDraw.ticketsFile")), new Paragraph(),
                PanelText.download("probabilities-" + draw.panelId() + "-" + draw.round() + ".csv", "text/csv",
                        draw::probabilities, getTranslation("panelDraw.probabilitiesFile")));
        if (draw.drawn()) {
            section.add(new Paragraph(getTranslation("panelDraw.drawn", draw.seed(), draw.ticketIndex(),
                    PanelText.dateTime(this, draw.drawnAt()))));
            section.add(new Paragraph(getTranslation("panelDraw.selected")), new Pre(String.join(", ", draw.selected())));
            if (!draw.reserves().isEmpty()) {
                section.add(new Paragraph(getTranslation("panelDraw.reserves")), new Pre(String.join(", ", draw.reserves())));
            }
        } else {
            section.add(new Paragraph(getTranslation("panelDraw.notYet")));
        }
        Paragraph verdict = new Paragraph(getTranslation(!check.allMatch() ? "panelDraw.checkFailed"
                : check.selectionMatches() == null ? "panelDraw.checkPublished" : "panelDraw.checkMatches"));
        verdict.addClassName(check.allMatch() ? "sc-check-ok" : "sc-check-failed");
        verdict.setId("draw-check-" + draw.round());
        section.add(verdict);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panelDraw.title") + " | " + getTranslation("app.name");
    }
}
