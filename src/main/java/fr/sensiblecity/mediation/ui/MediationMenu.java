package fr.sensiblecity.mediation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediationMenu {

    @Bean
    MenuEntry paperFormMenuEntry() {
        return new MenuEntry("paper.menu", PaperFormView.class, VaadinIcon.FILE_TEXT_O, 54);
    }

    @Bean
    MenuEntry claimMenuEntry() {
        return new MenuEntry("claim.menu", ClaimView.class, VaadinIcon.FILE_ADD, 84);
    }
}
