package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.sensiblecity.base.DomainException;

/** Short messages after an action, announced to screen readers by the notification component. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    /** Explains a refusal in the reader's language. */
    public static Notification refused(DomainException refusal) {
        UI ui = UI.getCurrent();
        String text = ui == null ? refusal.messageKey() : ui.getTranslation(refusal.messageKey(), refusal.arguments());
        return error(text);
    }

    public static Notification error(String text) {
        Notification notification = Notification.show(text, DURATION_MS * 2, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        return notification;
    }
}
