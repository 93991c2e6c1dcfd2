package fr.sensiblecity.residents.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResidentMenu {

    @Bean
    MenuEntry profileMenuEntry() {
        return new MenuEntry("profile.title", ProfileView.class, VaadinIcon.USER, 80);
    }

    @Bean
    MenuEntry myDataMenuEntry() {
        return new MenuEntry("myData.title", MyDataView.class, VaadinIcon.DOWNLOAD, 82);
    }

    @Bean
    MenuEntry formerNamesMenuEntry() {
        return new MenuEntry("formerNames.title", FormerNamesView.class, VaadinIcon.USER_CHECK, 52);
    }

    @Bean
    MenuEntry rolesMenuEntry() {
        return new MenuEntry("roles.title", RolesView.class, VaadinIcon.KEY, 93);
    }
}
