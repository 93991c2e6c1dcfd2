package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.CounterPlacements;
import org.jspecify.annotations.Nullable;

/** The verification page's section where an administrator places mediators at the chosen territory's counter. */
class CounterPlacementSection extends VerticalLayout {

    private final CounterPlacements placements;
    private final ComboBox<ResidentAccount> mediator = new ComboBox<>();
    private final UnorderedList placed = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private @Nullable TerritorySummary territory;

    CounterPlacementSection(CounterPlacements placements, ResidentService residents) {
        this.placements = placements;
        setPadding(false);
        mediator.setLabel(getTranslation("counterPlacement.mediator"));
        mediator.setItemLabelGenerator(ResidentAccount::displayName);
        mediator.setItems(query -> residents.searchResidents(query.getFilter().orElse("")).stream()
                .filter(account -> account.roles().contains(Role.MEDIATOR))
                .skip(query.getOffset()).limit(query.getLimit()));
        mediator.setId("counter-placement-mediator");
        mediator.setWidth("24rem");
        mediator.setMaxWidth("100%");
        Button place = new Button(getTranslation("counterPlacement.place"), click -> place());
        place.setId("counter-placement-place");
        placed.setId("counter-placement-list");
        none.setText(getTranslation("counterPlacement.none"));
        add(new H2(getTranslation("counterPlacement.title")), new Paragraph(getTranslation("counterPlacement.help")),
                mediator, place, none, placed);
    }

    void show(TerritorySummary chosen) {
        territory = chosen;
        placed.removeAll();
        for (CounterPlacements.PlacedMediator someone : placements.placedAt(chosen.id())) {
            Button remove = new Button(getTranslation("counterPlacement.remove"), click -> remove(someone.id()));
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("aria-label",
                    getTranslation("counterPlacement.remove") + " – " + someone.displayName());
            placed.add(new ListItem(new Span(someone.displayName() + " "), remove));
        }
        none.setVisible(placed.getChildren().findAny().isEmpty());
        placed.setVisible(!none.isVisible());
    }

    private void place() {
        ResidentAccount chosen = mediator.getValue();
        if (territory == null || chosen == null) {
            return;
        }
        try {
            placements.place(chosen.id(), territory.id());
            Notifications.success(getTranslation("counterPlacement.placed", chosen.displayName(), territory.name()));
            mediator.clear();
            show(territory);
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void remove(long mediatorId) {
        try {
            placements.remove(mediatorId);
            Notifications.success(getTranslation("counterPlacement.removed"));
            if (territory != null) {
                show(territory);
            }
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }
}
