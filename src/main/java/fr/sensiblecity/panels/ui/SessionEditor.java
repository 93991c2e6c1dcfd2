package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.panels.SessionLine;
import java.util.ArrayList;
import java.util.List;

/** The panel's schedule: one line per session, with its start, place and topic. */
class SessionEditor extends VerticalLayout {

    private final VerticalLayout lines = new VerticalLayout();
    private final List<Line> rows = new ArrayList<>();

    SessionEditor() {
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        Button add = new Button(getTranslation("panelForm.addSession"), click -> addLine(null));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setId("add-session");
        add(lines, add);
    }

    void setLines(List<SessionLine> sessions) {
        lines.removeAll();
        rows.clear();
        sessions.forEach(this::addLine);
    }

    List<SessionLine> lines() {
        return rows.stream().map(row -> new SessionLine(row.startsAt.getValue(), row.place.getValue().strip(),
                row.topic.getValue().strip())).toList();
    }

    private void addLine(SessionLine session) {
        Line row = new Line(session);
        rows.add(row);
        lines.add(row.layout);
    }

    private final class Line {
        final DateTimePicker startsAt = new DateTimePicker(getTranslation("panelForm.sessionStart"));
        final TextField place = new TextField(getTranslation("panelForm.sessionPlace"));
        final TextField topic = new TextField(getTranslation("panelForm.sessionTopic"));
        final HorizontalLayout layout = new HorizontalLayout();

        Line(SessionLine session) {
            place.setMaxLength(200);
            topic.setMaxLength(200);
            if (session != null) {
                startsAt.setValue(session.startsAt());
                place.setValue(session.place());
                topic.setValue(session.topic());
            }
            Button remove = new Button(getTranslation("panelForm.removeSession"), click -> {
                rows.remove(this);
                lines.remove(layout);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            layout.add(startsAt, place, topic, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
    }
}
