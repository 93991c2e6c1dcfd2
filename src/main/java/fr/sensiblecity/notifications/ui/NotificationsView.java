package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.notifications.NotificationItem;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.residents.CurrentResident;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** A resident's notifications, newest first, each linking to what it is about; new ones appear live. */
@Route(NotificationsView.ROUTE)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifications";
    private static final int SHOWN = 50;

    private final NotificationService notifications;
    private final UnreadCountBroadcaster broadcaster;
    private final long residentId;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Button markAllRead = new Button();
    private @Nullable Registration live;

    NotificationsView(NotificationService notifications, UnreadCountBroadcaster broadcaster, CurrentResident current) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.residentId = current.id().orElseThrow(() -> new AccessDeniedException("only residents have an inbox"));
        addClassName("sc-page");
        list.setId("notifications-list");
        list.addClassName("sc-notifications");
        empty.setText(getTranslation("notifications.empty"));
        empty.setId("notifications-empty");
        markAllRead.setText(getTranslation("notifications.markAllRead"));
        markAllRead.setId("mark-all-read");
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            Notifications.success(getTranslation("notifications.allRead"));
            show();
        });
        add(new H1(getTranslation("notifications.title")), markAllRead, empty, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<NotificationItem> items = notifications.myNotifications(SHOWN);
        items.forEach(item -> list.add(line(item)));
        empty.setVisible(items.isEmpty());
        markAllRead.setEnabled(notifications.unreadCount() > 0);
    }

    private ListItem line(NotificationItem item) {
        String label = item.targetLabel().isEmpty() ? getTranslation("notifications.untitled") : item.targetLabel();
        Anchor link = new Anchor(NotificationLinks.href(item), getTranslation(item.kind().messageKey(), label));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        Span when = new Span(dates.format(item.createdAt()));
        when.addClassName("sc-meta");
        ListItem line = new ListItem(link, when);
        line.setId("notification-" + item.id());
        if (!item.read()) {
            Span unread = new Span(getTranslation("notifications.unreadMark"));
            unread.addClassName("sc-badge");
            Button markRead = new Button(getTranslation("notifications.markRead"), click -> markRead(item.id()));
            markRead.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            markRead.setId("mark-read-" + item.id());
            line.addComponentAsFirst(unread);
            line.add(markRead);
            line.addClassName("sc-unread");
        }
        return line;
    }

    private void markRead(long notificationId) {
        try {
            notifications.markRead(notificationId);
            show();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        live = broadcaster.register(residentId, () -> attach.getUI().access(this::show));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}
