package fr.sensiblecity.notifications.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationMenu {

    @Bean
    MenuEntry emailChoicesMenuEntry() {
        return new MenuEntry("email.title", EmailChoicesView.class, VaadinIcon.ENVELOPE, 81);
    }
}
