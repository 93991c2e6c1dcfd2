package fr.sensiblecity.residents.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.residents.FormerNames;
import fr.sensiblecity.residents.ResidentService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** Moderators find a resident by a name they use or used, and see every name they had. */
@Route("moderation/names")
@RolesAllowed({"MODERATOR", "ADMINISTRATOR"})
class FormerNamesView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ResidentService residents;
    private final Grid<FormerNames> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Paragraph none = new Paragraph();

    FormerNamesView(ResidentService residents) {
        this.residents = residents;
        addClassName("sc-page");
        setSizeFull();
        add(new H1(getTranslation("formerNames.title")), new Paragraph(getTranslation("formerNames.intro")));
        search.setLabel(getTranslation("formerNames.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("former-names-search");
        search.addValueChangeListener(change -> refresh());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setAriaLabel(getTranslation("formerNames.title"));
        grid.setId("former-names-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(FormerNames::currentName).setHeader(getTranslation("formerNames.column.current")).setAutoWidth(true);
        grid.addColumn(found -> found.names().stream()
                .map(name -> getTranslation("formerNames.since", name.displayName(), dates.format(name.usedFrom().atZone(PARIS))))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("formerNames.column.names"));
        none.setText(getTranslation("formerNames.none"));
        none.setVisible(false);
        add(search, none, grid);
    }

    private void refresh() {
        List<FormerNames> found = residents.formerNames(search.getValue());
        grid.setItems(found);
        none.setVisible(found.isEmpty() && !search.getValue().isBlank());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("formerNames.title") + " | " + getTranslation("app.name");
    }
}
