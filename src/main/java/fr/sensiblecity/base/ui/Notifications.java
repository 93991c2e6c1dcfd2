package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.sensiblecity.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Short messages after an action, in one message region per page: the latest message replaces the one before,
 * so messages never pile up and a success after an error clears the error. The notification component
 * announces it through a polite live region, so a screen reader reads it without interrupting the reader.
 */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.SUCCESS, DURATION_MS);
    }

    /** Explains a refusal in the reader's language. */
    public static Notification refused(DomainException refusal) {
        UI ui = UI.getCurrent();
        String text = ui == null ? refusal.messageKey() : ui.getTranslation(refusal.messageKey(), refusal.arguments());
        return error(text);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.ERROR, DURATION_MS * 2);
    }

    /** The message now shown on the current page, if one is still open. */
    public static @Nullable Notification current() {
        UI ui = UI.getCurrent();
        Notification shown = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
        return shown != null && shown.isOpened() ? shown : null;
    }

    private static Notification show(String text, NotificationVariant variant, int duration) {
        Notification previous = current();
        if (previous != null) {
            previous.close();
        }
        Notification notification = Notification.show(text, duration, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.addClassName("sc-message");
        // Polite: read once the screen reader finishes its sentence, errors included; the text stays on screen.
        notification.setAssertive(false);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        return notification;
    }
}
