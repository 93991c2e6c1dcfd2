package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.DrawService;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PublishedDraw;
import fr.sensiblecity.panels.SeatStatus;
import fr.sensiblecity.panels.SeatView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The draw in two acts: publish the lottery (with how the seed will be chosen), then, once the seed is known,
 * draw. After the first round, the same two acts replace those who declined.
 */
class DrawSection extends VerticalLayout {

    DrawSection(DrawService draws, PanelDetails panel, List<SeatView> seats, Runnable refresh) {
        setPadding(false);
        setId("draw-section");
        add(new H2(getTranslation("panelManage.draw")));
        List<PublishedDraw> rounds = draws.rounds(panel.id());
        if (!rounds.isEmpty() && !rounds.getLast().drawn()) {
            PublishedDraw pending = rounds.getLast();
            add(new Paragraph(getTranslation("panelManage.published", pending.round() + 1, pending.ticketHash(),
                    pending.seedAnnouncement())));
            TextField seed = new TextField(getTranslation("panelManage.seed"));
            seed.setMaxLength(200);
            seed.setWidthFull();
            seed.setId("draw-seed");
            seed.setRequiredIndicatorVisible(true);
            Button draw = new Button(getTranslation("panelManage.drawNow"), click -> {
                try {
                    PublishedDraw drawn = draws.draw(panel.id(), seed.getValue());
                    Notifications.success(getTranslation("panelManage.drawn", drawn.selected().size()));
                    refresh.run();
                } catch (DomainException refused) {
                    PanelText.refused(this, refused);
                }
            });
            draw.addThemeVariants(ButtonVariant.PRIMARY);
            draw.setId("draw-button");
            add(seed, draw);
            return;
        }
        if (!rounds.isEmpty()) {
            String why = whyNoReplacement(panel, seats);
            if (why != null) {
                Paragraph none = new Paragraph(getTranslation(why));
                none.setId("no-replacement");
                add(none);
                return;
            }
        }
        add(new Paragraph(getTranslation(rounds.isEmpty() ? "panelManage.publishIntro" : "panelManage.replaceIntro")));
        TextField announcement = new TextField(getTranslation("panelManage.announcement"));
        announcement.setHelperText(getTranslation("panelManage.announcementHelp"));
        announcement.setMaxLength(300);
        announcement.setWidthFull();
        announcement.setId("seed-announcement");
        announcement.setRequiredIndicatorVisible(true);
        Button publish = new Button(getTranslation("panelManage.publish"), click -> {
            try {
                PublishedDraw published = draws.publishLottery(panel.id(), announcement.getValue());
                Notifications.success(getTranslation("panelManage.publishedDone", published.ticketHash()));
                refresh.run();
            } catch (DomainException refused) {
                PanelText.refused(this, refused);
            }
        });
        publish.setId("publish-lottery");
        add(announcement, publish);
    }

    /**
     * A replacement round is offered only when it can be drawn: every offered seat has its answer, someone declined,
     * and the panel still has an empty seat. Otherwise the key of the sentence that says why not.
     */
    static @Nullable String whyNoReplacement(PanelDetails panel, List<SeatView> seats) {
        if (panel.phase() != PanelPhase.DRAWN && panel.phase() != PanelPhase.LEARNING) {
            return "panelManage.noReplacementNow";
        }
        if (seats.stream().anyMatch(seat -> seat.status() == SeatStatus.OFFERED)) {
            return "panelManage.answersPending";
        }
        if (seats.stream().noneMatch(seat -> seat.status() == SeatStatus.DECLINED)) {
            return "panelManage.nobodyDeclined";
        }
        if (seats.stream().filter(seat -> seat.status() == SeatStatus.ACCEPTED).count() >= panel.size()) {
            return "panelManage.panelFull";
        }
        return null;
    }
}
