package fr.sensiblecity.residents.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import jakarta.annotation.security.RolesAllowed;

/** Administrators find a resident by name and grant or revoke the moderator and administrator roles. */
@Route("admin/roles")
@RolesAllowed("ADMINISTRATOR")
class RolesView extends VerticalLayout implements HasDynamicTitle {

    private final ResidentService residents;
    private final Grid<ResidentAccount> grid = new Grid<>();
    private final TextField search = new TextField();

    RolesView(ResidentService residents) {
        this.residents = residents;
        addClassName("sc-page");
        setSizeFull();
        add(new H1(getTranslation("roles.title")), new Paragraph(getTranslation("roles.intro")));

        search.setLabel(getTranslation("roles.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("roles-search");
        search.addValueChangeListener(change -> refresh());

        grid.setAriaLabel(getTranslation("roles.title"));
        grid.setId("roles-grid");
        ReadableGrid.wrap(grid);
        grid.addColumn(ResidentAccount::displayName).setHeader(getTranslation("roles.column.name")).setAutoWidth(true);
        for (Role role : new Role[] {Role.MODERATOR, Role.FACILITATOR, Role.ADMINISTRATOR, Role.MEDIATOR}) {
            grid.addComponentColumn(account -> roleToggle(account, role)).setHeader(getTranslation(role.labelKey()));
        }
        add(search, grid);
        refresh();
    }

    private Checkbox roleToggle(ResidentAccount account, Role role) {
        Checkbox toggle = new Checkbox(account.roles().contains(role));
        toggle.setAriaLabel(getTranslation("roles.toggle", getTranslation(role.labelKey()), account.displayName()));
        toggle.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                if (change.getValue()) {
                    residents.grantRole(account.id(), role);
                    Notifications.success(getTranslation("roles.granted", getTranslation(role.labelKey()), account.displayName()));
                } else {
                    residents.revokeRole(account.id(), role);
                    Notifications.success(getTranslation("roles.revoked", getTranslation(role.labelKey()), account.displayName()));
                }
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
            refresh();
        });
        return toggle;
    }

    private void refresh() {
        grid.setItems(residents.searchResidents(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roles.title") + " | " + getTranslation("app.name");
    }
}
