package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.SessionLine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The schedule that lives with the panel: facilitators add a session, move one (or change its place or topic) or
 * cancel it, in every phase before the panel closes; members and followers are told of each change.
 */
class ScheduleSection extends VerticalLayout {

    private final PanelService panels;
    private final PanelDetails panel;
    private final Runnable refresh;
    private final DateTimePicker startsAt = new DateTimePicker();
    private final TextField place = new TextField();
    private final TextField topic = new TextField();
    private final H3 formTitle = new H3();
    private final Button save = new Button();
    private @Nullable Integer editing;

    ScheduleSection(PanelService panels, PanelDetails panel, Runnable refresh) {
        this.panels = panels;
        this.panel = panel;
        this.refresh = refresh;
        setPadding(false);
        setId("schedule-admin");
        add(new H2(getTranslation("panelManage.schedule")));
        List<SessionLine> sessions = panel.sessions();
        UnorderedList list = new UnorderedList();
        list.setId("schedule-sessions");
        boolean open = panel.phase() != PanelPhase.CLOSED;
        for (int i = 0; i < sessions.size(); i++) {
            list.add(line(i, sessions.get(i), open));
        }
        add(sessions.isEmpty() ? new Paragraph(getTranslation("panel.noSession")) : list);
        if (!open) {
            add(new Paragraph(getTranslation("panelManage.scheduleClosed")));
            return;
        }
        startsAt.setLabel(getTranslation("panelForm.sessionStart"));
        startsAt.setId("session-starts-at");
        startsAt.setLocale(getLocale());
        place.setLabel(getTranslation("panelForm.sessionPlace"));
        place.setMaxLength(200);
        place.setId("session-place");
        place.setRequiredIndicatorVisible(true);
        topic.setLabel(getTranslation("panelForm.sessionTopic"));
        topic.setMaxLength(200);
        topic.setId("session-topic");
        save.setId("save-session");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        Button cancelEdit = new Button(getTranslation("panelManage.sessionNew"), click -> edit(null, null));
        cancelEdit.setId("new-session");
        add(new Paragraph(getTranslation("panelManage.scheduleHelp")), formTitle, startsAt, place, topic, save,
                cancelEdit);
        edit(null, null);
    }

    private ListItem line(int index, SessionLine session, boolean open) {
        String text = getTranslation(session.cancelled() ? "panel.sessionCancelled" : "panel.sessionLine",
                PanelText.dateTime(this, session.startsAt()), session.place(), session.topic());
        ListItem item = new ListItem(new Span(text));
        item.setId("session-" + index);
        if (open && !session.cancelled()) {
            Button change = new Button(getTranslation("panelManage.sessionChange"), click -> edit(index, session));
            change.setId("change-session-" + index);
            change.setAriaLabel(getTranslation("panelManage.sessionChangeLabel", text));
            Button cancel = new Button(getTranslation("panelManage.sessionCancel"), click -> {
                try {
                    panels.cancelSession(panel.id(), index);
                    Notifications.success(getTranslation("panelManage.sessionCancelled"));
                    refresh.run();
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            cancel.setId("cancel-session-" + index);
            cancel.setAriaLabel(getTranslation("panelManage.sessionCancelLabel", text));
            cancel.addThemeVariants(ButtonVariant.ERROR);
            item.add(change, cancel);
        }
        return item;
    }

    private void edit(@Nullable Integer index, @Nullable SessionLine session) {
        editing = index;
        formTitle.setText(getTranslation(index == null ? "panelManage.sessionAddTitle" : "panelManage.sessionEditTitle"));
        save.setText(getTranslation(index == null ? "panelManage.sessionAdd" : "panelManage.sessionSave"));
        startsAt.setValue(session == null ? null : session.startsAt());
        place.setValue(session == null ? "" : session.place());
        topic.setValue(session == null ? "" : session.topic());
        if (index != null) {
            startsAt.focus();
        }
    }

    private void save() {
        SessionLine typed = new SessionLine(startsAt.getValue(), place.getValue(), topic.getValue());
        try {
            if (editing == null) {
                panels.addSession(panel.id(), typed);
                Notifications.success(getTranslation("panelManage.sessionAdded"));
            } else {
                panels.changeSession(panel.id(), editing, typed);
                Notifications.success(getTranslation("panelManage.sessionChanged"));
            }
            refresh.run();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }
}
