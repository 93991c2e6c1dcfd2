package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DraftMenu {

    @Bean
    MenuEntry draftsMenuEntry() {
        return new MenuEntry("drafts.title", DraftsView.class, VaadinIcon.FILE_TEXT_O, 20);
    }
}
