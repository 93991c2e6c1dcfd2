package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.SessionLine;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A panel's schedule as a timeline: its phases in order, the current one marked for everyone in words and for
 * screen readers with {@code aria-current="step"}; then its sessions by date, each said to be held, next or later. Both are ordered lists, so their order is read too.
 */
class PanelTimeline extends Div {

    PanelTimeline(PanelDetails panel, LocalDateTime now) {
        addClassName("sc-panel-timeline");
        setId("panel-timeline");
        add(new H2(getTranslation("panel.timeline")));
        add(new H3(getTranslation("panel.timeline.phases")), phases(panel));
        add(new H3(getTranslation("panel.schedule")));
        if (panel.sessions().isEmpty()) {
            add(new Paragraph(getTranslation("panel.noSession")));
        } else {
            add(sessions(panel.sessions(), now));
        }
    }

    private OrderedList phases(PanelDetails panel) {
        OrderedList list = new OrderedList();
        list.setId("panel-phases");
        list.addClassName("sc-timeline");
        // A draft is only seen by staff; residents' timeline starts with recruitment.
        List<PanelPhase> shown = Arrays.stream(PanelPhase.values())
                .filter(phase -> phase != PanelPhase.DRAFT || panel.phase() == PanelPhase.DRAFT).toList();
        for (PanelPhase phase : shown) {
            int order = phase.compareTo(panel.phase());
            String state = order < 0 ? "done" : order == 0 ? "current" : "next";
            ListItem item = step(getTranslation(phase.labelKey()), getTranslation("panel.timeline." + state), state);
            if (phase == PanelPhase.RECRUITING && (panel.recruitmentOpens() != null || panel.recruitmentCloses() != null)) {
                Span window = new Span(getTranslation("panel.window", PanelText.date(this, panel.recruitmentOpens()),
                        PanelText.date(this, panel.recruitmentCloses())));
                window.addClassName("sc-timeline-detail");
                item.add(window);
            }
            if (order == 0) {
                item.getElement().setAttribute("aria-current", "step");
            }
            list.add(item);
        }
        return list;
    }

    private OrderedList sessions(List<SessionLine> sessions, LocalDateTime now) {
        OrderedList list = new OrderedList();
        list.setId("panel-sessions");
        list.addClassName("sc-timeline");
        List<SessionLine> byDate = sessions.stream().sorted(Comparator.comparing(SessionLine::startsAt)).toList();
        SessionLine next = byDate.stream().filter(session -> !session.cancelled() && !session.startsAt().isBefore(now))
                .findFirst().orElse(null);
        for (SessionLine session : byDate) {
            String state = session.cancelled() ? "cancelled" : session.startsAt().isBefore(now) ? "held"
                    : session == next ? "upcoming" : "later";
            String text = getTranslation("panel.sessionLine", PanelText.dateTime(this, session.startsAt()),
                    session.place(), session.topic());
            list.add(step(text, getTranslation("panel.timeline." + state), state));
        }
        return list;
    }

    private static ListItem step(String text, String stateText, String state) {
        Span marker = new Span();
        marker.addClassName("sc-timeline-marker");
        marker.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(text);
        name.addClassName("sc-timeline-name");
        Span status = new Span(stateText);
        status.addClassName("sc-timeline-state");
        ListItem item = new ListItem(marker, name, status);
        item.addClassNames("sc-timeline-step", "sc-timeline-" + state);
        return item;
    }
}
