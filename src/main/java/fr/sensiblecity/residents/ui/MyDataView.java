package fr.sensiblecity.residents.ui;

import com.vaadin.flow.component.UI;
import fr.sensiblecity.base.ui.SignOutTarget;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.residents.ResidentRights;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** "My data": download everything the platform holds about me, or erase my account after typing a word. */
@Route("profile/data")
@PermitAll
class MyDataView extends VerticalLayout implements HasDynamicTitle {

    private final TextField confirmation = new TextField();

    MyDataView(ResidentRights rights, JsonMapper json, AuthenticationContext authentication) {
        addClassName("sc-page");
        add(new H1(getTranslation("myData.title")), new Paragraph(getTranslation("myData.intro")));

        JsonMapper pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        DownloadHandler everything = event -> {
            event.setFileName("sensible-city-my-data.json");
            event.setContentType("application/json");
            try (OutputStream out = event.getOutputStream()) {
                pretty.writeValue(out, rights.myData());
            }
        };
        Anchor download = new Anchor(everything, getTranslation("myData.download"));
        download.setId("download-my-data");
        download.addClassName("sc-button-link");
        add(new H2(getTranslation("myData.download.title")), new Paragraph(getTranslation("myData.download.intro")),
                download);

        UnorderedList consequences = new UnorderedList(new ListItem(getTranslation("myData.erase.goes")),
                new ListItem(getTranslation("myData.erase.stays")), new ListItem(getTranslation("myData.erase.final")));
        confirmation.setLabel(getTranslation("myData.erase.confirm"));
        confirmation.setId("erase-confirmation");
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Button erase = new Button(getTranslation("myData.erase.button"), click -> {
            try {
                rights.eraseMyAccount(confirmation.getValue());
                SignOutTarget.set(UI.getCurrent(), AccountErasedView.ROUTE);
                authentication.logout();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        erase.setId("erase-account");
        erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        add(new H2(getTranslation("myData.erase.title")), consequences, confirmation, erase);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myData.title") + " | " + getTranslation("app.name");
    }
}
