package fr.sensiblecity.opendata.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenDataMenu {

    @Bean
    MenuEntry openDataMenuEntry() {
        return new MenuEntry("openData.title", OpenDataView.class, VaadinIcon.TABLE, 70);
    }
}
