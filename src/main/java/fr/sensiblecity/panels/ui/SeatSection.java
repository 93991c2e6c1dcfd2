package fr.sensiblecity.panels.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.SeatService;
import fr.sensiblecity.panels.SeatStatus;
import fr.sensiblecity.panels.SeatView;
import java.util.List;

/** Every seat the draws offered, with its answer; facilitators record the answers of people drawn from paper. */
class SeatSection extends VerticalLayout {

    SeatSection(SeatService seats, PanelDetails panel, Runnable refresh) {
        setPadding(false);
        List<SeatView> all = seats.seats(panel.id());
        if (all.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("panelManage.seats")));
        Grid<SeatView> grid = new Grid<>();
        grid.setId("seats");
        ReadableGrid.wrap(grid);
        grid.setAllRowsVisible(true);
        grid.addColumn(seat -> seat.poolId() == null ? "–" : seat.poolId()).setHeader(getTranslation("panelManage.poolId"))
                .setAutoWidth(true);
        grid.addColumn(seat -> seat.name() == null ? getTranslation("panelManage.formerResident") : seat.name())
                .setHeader(getTranslation("panelManage.name"));
        grid.addColumn(seat -> PanelText.features(this, seat.features())).setHeader(getTranslation("panelManage.features"));
        grid.addColumn(seat -> seat.round() + 1).setHeader(getTranslation("panelManage.round")).setAutoWidth(true);
        grid.addColumn(seat -> getTranslation(seat.status().staffLabelKey())).setHeader(getTranslation("panelManage.status"));
        grid.addComponentColumn(seat -> answers(seats, seat, refresh)).setHeader(getTranslation("panelManage.answer"));
        grid.setItems(all);
        add(grid);
    }

    /** Only for people drawn from an imported file: residents answer their own offer. */
    private HorizontalLayout answers(SeatService seats, SeatView seat, Runnable refresh) {
        HorizontalLayout actions = new HorizontalLayout();
        if (seat.status() != SeatStatus.OFFERED || seat.poolId() == null || isResident(seat)) {
            return actions;
        }
        for (boolean accepted : new boolean[] {true, false}) {
            Button button = new Button(getTranslation(accepted ? "panelManage.recordAccept" : "panelManage.recordDecline"),
                    click -> {
                        try {
                            seats.recordAnswer(seat.seatId(), accepted);
                            refresh.run();
                        } catch (DomainException refused) {
                            Notifications.refused(refused);
                        }
                    });
            String who = seat.name() != null ? seat.name() : getTranslation("panelManage.poolNumber", seat.poolId());
            button.setAriaLabel(getTranslation(accepted ? "panelManage.recordAcceptOf" : "panelManage.recordDeclineOf", who));
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(button);
        }
        return actions;
    }

    private static boolean isResident(SeatView seat) {
        return seat.fromApp();
    }
}
