package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.notifications.NotificationService;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/**
 * A link to the inbox with the unread count: a visible badge, and a full sentence ("3 notifications non lues")
 * as the link's accessible name, since a bare number means nothing to a screen reader.
 */
class NotificationBell extends Anchor {

    private final NotificationService notifications;
    private final UnreadCountBroadcaster broadcaster;
    private final long residentId;
    private final Span count = new Span();
    private @Nullable Registration live;

    NotificationBell(NotificationService notifications, UnreadCountBroadcaster broadcaster, long residentId) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.residentId = residentId;
        setHref(NotificationsView.ROUTE);
        setId("notification-bell");
        addClassName("sc-bell");
        Icon bell = VaadinIcon.BELL.create();
        bell.getElement().setAttribute("aria-hidden", "true");
        count.setId("notification-count");
        count.addClassName("sc-bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(bell, count);
        show(notifications.unreadCount());
    }

    private void show(long unread) {
        String sentence = getTranslation("notifications.unread", unread);
        getElement().setAttribute("aria-label", sentence);
        getElement().setAttribute("title", sentence);
        count.setText(NumberFormat.getIntegerInstance(getLocale()).format(unread));
        count.setVisible(unread > 0);
    }

    /** Push callbacks run under the session's lock, where Vaadin gives the service the resident's security context. */
    @Override
    protected void onAttach(AttachEvent attach) {
        live = broadcaster.register(residentId, () -> attach.getUI().access(() -> show(notifications.unreadCount())));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }
}
