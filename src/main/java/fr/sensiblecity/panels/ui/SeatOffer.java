package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.SeatService;
import fr.sensiblecity.panels.SeatStatus;
import fr.sensiblecity.panels.SeatView;
import java.util.function.Consumer;

/** The signed-in resident's seat, if a draw gave them one: accept or decline it, or see where it stands. */
class SeatOffer extends Div {

    SeatOffer(SeatService seats, PanelDetails panel, Runnable refresh) {
        seats.mySeat(panel.id()).ifPresent(seat -> show(seats, panel, seat, refresh));
    }

    private void show(SeatService seats, PanelDetails panel, SeatView seat, Runnable refresh) {
        addClassName("sc-notice");
        setId("seat-offer");
        add(new H2(getTranslation("panel.seat.title")));
        Paragraph status = new Paragraph(getTranslation(seat.status().labelKey()));
        status.setId("seat-status");
        add(status);
        if (seat.status() != SeatStatus.OFFERED) {
            return;
        }
        Button accept = new Button(getTranslation("panel.seat.accept"), click -> answer(seats::acceptSeat, panel,
                "panel.seat.acceptedDone", refresh));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setId("accept-seat");
        Button decline = new Button(getTranslation("panel.seat.decline"), click -> answer(seats::declineSeat, panel,
                "panel.seat.declinedDone", refresh));
        decline.setId("decline-seat");
        add(new HorizontalLayout(accept, decline));
    }

    private void answer(Consumer<Long> action, PanelDetails panel, String doneKey, Runnable refresh) {
        try {
            action.accept(panel.id());
            Notifications.success(getTranslation(doneKey));
            refresh.run();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }
}
