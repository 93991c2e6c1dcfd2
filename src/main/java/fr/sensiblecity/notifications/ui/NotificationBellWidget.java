package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.Component;
import fr.sensiblecity.base.ui.HeaderWidget;
import fr.sensiblecity.notifications.NotificationPermissions;
import fr.sensiblecity.notifications.NotificationService;
import fr.sensiblecity.residents.CurrentResident;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts the bell in the header of every page a resident sees; visitors have no inbox. */
@org.springframework.stereotype.Component
class NotificationBellWidget implements HeaderWidget {

    private final NotificationService notifications;
    private final NotificationPermissions permissions;
    private final UnreadCountBroadcaster broadcaster;
    private final CurrentResident current;

    NotificationBellWidget(NotificationService notifications, NotificationPermissions permissions,
            UnreadCountBroadcaster broadcaster, CurrentResident current) {
        this.notifications = notifications;
        this.permissions = permissions;
        this.broadcaster = broadcaster;
        this.current = current;
    }

    @Override
    public Optional<Component> create() {
        if (!permissions.canReadOwn(SecurityContextHolder.getContext().getAuthentication())) {
            return Optional.empty();
        }
        return current.id().map(me -> new NotificationBell(notifications, broadcaster, me));
    }
}
