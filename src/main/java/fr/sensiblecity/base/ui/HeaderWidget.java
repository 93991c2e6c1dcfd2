package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature module shows in the page header (the notifications bell), declared as a bean so that the
 * frame shows it without depending on that module.
 */
public interface HeaderWidget {

    /** A new component for the current person's page, or nothing when there is nothing to show them. */
    Optional<Component> create();
}
