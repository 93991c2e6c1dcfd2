package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdeaMenu {

    @Bean
    MenuEntry ideasMenuEntry() {
        return new MenuEntry("ideas.title", IdeasView.class, VaadinIcon.LIGHTBULB, 10);
    }

    @Bean
    MenuEntry moderationMenuEntry() {
        return new MenuEntry("moderation.title", ModerationView.class, VaadinIcon.SHIELD, 50);
    }

    @Bean
    MenuEntry auditMenuEntry() {
        return new MenuEntry("audit.title", AuditView.class, VaadinIcon.RECORDS, 94);
    }

    @Bean
    MenuEntry proposeMenuEntry() {
        return new MenuEntry("ideaForm.title", IdeaFormView.class, VaadinIcon.PLUS_CIRCLE, 11);
    }
}
