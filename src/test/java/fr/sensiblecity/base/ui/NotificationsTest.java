package fr.sensiblecity.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import fr.sensiblecity.support.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Messages do not pile up: one region per page, the latest replaces the others, a success clears an error. */
@MariaDbTest
@WithAnonymousUser
class NotificationsTest extends SpringBrowserlessTest {

    @Test
    void a_success_after_an_error_replaces_it_and_only_one_message_shows() {
        navigate("privacy", Component.class);
        Notification error = Notifications.error("Le titre est trop court.");
        Notifications.error("Le titre est encore trop court.");
        Notification success = Notifications.success("L'idée est publiée.");

        assertThat(error.isOpened()).isFalse();
        assertThat($(Notification.class).all().stream().filter(Notification::isOpened)).containsExactly(success);
        assertThat(Notifications.current()).isSameAs(success);
        assertThat(success.getThemeNames()).contains("success");
    }
}
