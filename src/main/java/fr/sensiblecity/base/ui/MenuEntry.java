package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of the main navigation. Feature modules declare their entries as beans; the layout shows those
 * whose view the current person may open, ordered by {@code order}.
 */
public record MenuEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {
}
