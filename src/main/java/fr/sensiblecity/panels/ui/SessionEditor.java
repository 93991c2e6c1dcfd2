package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.panels.SessionLine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The panel's schedule: one line per session, with its start, place and topic. */
class SessionEditor extends LineEditor<SessionLine> {

    SessionEditor() {
        super("panelForm.addSession", "add-session", "panelForm.removeSession", "sc-session-line");
    }

    @Override
    Line<SessionLine> line(@Nullable SessionLine session) {
        DateTimePicker startsAt = new DateTimePicker(getTranslation("panelForm.sessionStart"));
        TextField place = new TextField(getTranslation("panelForm.sessionPlace"));
        TextField topic = new TextField(getTranslation("panelForm.sessionTopic"));
        place.setRequiredIndicatorVisible(true);
        place.setMaxLength(200);
        topic.setMaxLength(200);
        if (session != null) {
            startsAt.setValue(session.startsAt());
            place.setValue(session.place());
            topic.setValue(session.topic());
        }
        return new Line<>() {
            @Override
            public List<Component> fields() {
                return List.of(startsAt, place, topic);
            }

            @Override
            public SessionLine value() {
                // A session cancelled from the run page stays cancelled when the panel's form is saved again.
                return new SessionLine(startsAt.getValue(), place.getValue().strip(), topic.getValue().strip(),
                        session != null && session.cancelled());
            }
        };
    }
}
