package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectMenu {

    @Bean
    MenuEntry projectsMenuEntry() {
        return new MenuEntry("projects.title", ProjectsView.class, VaadinIcon.FLASK, 20);
    }

    @Bean
    MenuEntry promoteMenuEntry() {
        return new MenuEntry("promote.title", PromoteView.class, VaadinIcon.ARROW_CIRCLE_UP, 51);
    }

    @Bean
    MenuEntry programmesMenuEntry() {
        return new MenuEntry("programmes.title", ProgrammesView.class, VaadinIcon.PIGGY_BANK, 93);
    }

    @Bean
    MenuEntry labelsMenuEntry() {
        return new MenuEntry("labels.title", LabelsView.class, VaadinIcon.DIPLOMA, 93);
    }
}
