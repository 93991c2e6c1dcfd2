package fr.sensiblecity.notifications;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A resident's own inbox: reading it, counting what is unread, marking notifications as read. */
@Service
public class NotificationService {

    /** The most an inbox page shows at once; older notifications stay stored. */
    public static final int LIST_MAX = 100;

    private final Inbox inbox;
    private final CurrentResident current;
    private final NotificationPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(Inbox inbox, CurrentResident current, NotificationPermissions permissions,
            ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.current = current;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@notificationPermissions.canReadOwn(authentication)")
    public List<NotificationItem> myNotifications(int limit) {
        if (limit < 1 || limit > LIST_MAX) {
            throw new DomainException("notifications.error.limit", LIST_MAX);
        }
        return inbox.latest(signedIn(), limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@notificationPermissions.canReadOwn(authentication)")
    public long unreadCount() {
        return inbox.unreadCount(signedIn());
    }

    @Transactional
    @PreAuthorize("@notificationPermissions.canReadOwn(authentication)")
    public void markAllRead() {
        long me = signedIn();
        if (inbox.markAllRead(me, clock.instant()) > 0) {
            events.publishEvent(new UnreadCountChanged(Set.of(me)));
        }
    }

    /** Only one's own: another resident's notification is refused, an unknown one is not found. */
    @Transactional
    @PreAuthorize("@notificationPermissions.canReadOwn(authentication)")
    public void markRead(long notificationId) {
        long recipient = inbox.recipientOf(notificationId)
                .orElseThrow(() -> new NotFound("notifications.error.notFound"));
        if (!permissions.isRecipient(SecurityContextHolder.getContext().getAuthentication(), recipient)) {
            throw new AccessDeniedException("another resident's notification");
        }
        if (inbox.markRead(notificationId, clock.instant())) {
            events.publishEvent(new UnreadCountChanged(Set.of(recipient)));
        }
    }

    private long signedIn() {
        return current.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
