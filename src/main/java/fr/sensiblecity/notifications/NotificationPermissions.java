package fr.sensiblecity.notifications;

import fr.sensiblecity.residents.ResidentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with follows and notifications: each signed-in resident follows what they like and reads
 * and marks only their own notifications. Staff have no view of others' inboxes: what a resident follows is
 * their business.
 */
@Component("notificationPermissions")
public class NotificationPermissions {

    public boolean canFollow(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean canReadOwn(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }

    public boolean isRecipient(@Nullable Authentication authentication, long residentId) {
        return ResidentPrincipal.isResident(authentication)
                && ((ResidentPrincipal) authentication.getPrincipal()).residentId() == residentId;
    }

    /** Each resident chooses their own e-mail address and which events reach it. */
    public boolean canChooseEmails(@Nullable Authentication authentication) {
        return ResidentPrincipal.isResident(authentication);
    }
}
