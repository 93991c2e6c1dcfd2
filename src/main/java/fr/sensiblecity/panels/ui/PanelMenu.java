package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PanelMenu {

    @Bean
    MenuEntry panelsMenuEntry() {
        return new MenuEntry("panels.title", PanelsView.class, VaadinIcon.USERS, 20);
    }
}
