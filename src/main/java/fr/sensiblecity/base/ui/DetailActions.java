package fr.sensiblecity.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Actions a feature module adds to another module's detail page (an idea's page, later a project's or a
 * panel's) without that page depending on it: notifications add "follow" this way. The page asks every such
 * bean for its actions on the thing it shows, named by an upper-case type ({@code "IDEA"}) and an id.
 */
public interface DetailActions {

    /** A new component for this page, or nothing when this module has no action on such a target. */
    Optional<Component> actionsFor(String targetType, long targetId);
}
