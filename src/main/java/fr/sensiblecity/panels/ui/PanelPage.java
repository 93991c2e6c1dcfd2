package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelService;
import org.jspecify.annotations.Nullable;

/** A page about one panel (its id in the address), built again from the stored panel after each action on it. */
abstract class PanelPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PanelService panels;
    private @Nullable PanelDetails panel;

    PanelPage(PanelService panels) {
        this.panels = panels;
        addClassName("sc-page");
    }

    @Override
    public final void setParameter(BeforeEvent event, Long panelId) {
        show(panelId);
    }

    private void show(long panelId) {
        removeAll();
        PanelDetails shown = panels.findPanel(panelId);
        panel = shown;
        render(shown, () -> show(panelId));
    }

    /** Adds the page's content; {@code refresh} builds the page again. */
    abstract void render(PanelDetails shown, Runnable refresh);

    /** The panel shown, once the address has been read. */
    final @Nullable PanelDetails panel() {
        return panel;
    }
}
