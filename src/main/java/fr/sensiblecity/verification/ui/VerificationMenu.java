package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VerificationMenu {

    @Bean
    MenuEntry verifyResidenceMenuEntry() {
        return new MenuEntry("verify.title", VerifyResidenceView.class, VaadinIcon.HOME, 83);
    }

    @Bean
    MenuEntry counterMenuEntry() {
        return new MenuEntry("counter.menu", CounterView.class, VaadinIcon.USER_CHECK, 53);
    }

    @Bean
    MenuEntry verificationAdminMenuEntry() {
        return new MenuEntry("verificationAdmin.title", VerificationAdminView.class, VaadinIcon.CHECK_SQUARE_O, 91);
    }
}
