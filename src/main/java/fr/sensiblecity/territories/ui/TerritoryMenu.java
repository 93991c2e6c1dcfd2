package fr.sensiblecity.territories.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TerritoryMenu {

    @Bean
    MenuEntry territoriesMenuEntry() {
        return new MenuEntry("territories.title", TerritoriesView.class, VaadinIcon.MAP_MARKER, 91);
    }

    @Bean
    MenuEntry themesMenuEntry() {
        return new MenuEntry("themes.title", ThemesView.class, VaadinIcon.TAGS, 92);
    }
}
