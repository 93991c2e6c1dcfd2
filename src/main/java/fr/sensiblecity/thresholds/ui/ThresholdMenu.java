package fr.sensiblecity.thresholds.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.sensiblecity.base.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ThresholdMenu {

    @Bean
    MenuEntry thresholdsMenuEntry() {
        return new MenuEntry("thresholds.title", ThresholdsView.class, VaadinIcon.SLIDERS, 94);
    }
}
