package fr.sensiblecity.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Languages;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.residents.AgeBand;
import fr.sensiblecity.residents.Profile;
import fr.sensiblecity.residents.ProfileForm;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A resident's public name, and what they declare for panels: age band and district; and their language. */
@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final Select<AgeBand> ageBand = new Select<>();
    private final ComboBox<DistrictRef> district = new ComboBox<>();
    private final Select<String> language = new Select<>();

    ProfileView(ResidentService residents, TerritoryService territories) {
        addClassName("sc-page");
        add(new H1(getTranslation("profile.title")), new Paragraph(getTranslation("profile.intro")));

        displayName.setLabel(getTranslation("profile.displayName"));
        displayName.setHelperText(getTranslation("profile.displayName.help"));
        displayName.setRequired(true);
        displayName.setMaxLength(60);
        displayName.setId("display-name");

        ageBand.setLabel(getTranslation("profile.ageBand"));
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(band -> band == null ? getTranslation("profile.notSaid") : getTranslation(band.labelKey()));
        ageBand.setEmptySelectionAllowed(true);
        ageBand.setEmptySelectionCaption(getTranslation("profile.notSaid"));

        Map<Long, String> territoryOfDistrict = new LinkedHashMap<>();
        List<DistrictRef> districts = new ArrayList<>();
        territories.listTerritories().forEach(territory -> territory.districts().forEach(ref -> {
            districts.add(ref);
            territoryOfDistrict.put(ref.id(), territory.name());
        }));
        district.setLabel(getTranslation("profile.district"));
        district.setHelperText(getTranslation("profile.district.help"));
        district.setItems(districts);
        district.setItemLabelGenerator(ref -> ref.name() + " (" + territoryOfDistrict.get(ref.id()) + ")");
        district.setClearButtonVisible(true);

        language.setLabel(getTranslation("profile.language"));
        language.setItems(Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList());
        language.setItemLabelGenerator(tag -> getTranslation("language.name." + tag));

        Profile profile = residents.myProfile();
        displayName.setValue(profile.displayName());
        ageBand.setValue(profile.ageBand());
        districts.stream().filter(ref -> Objects.equals(ref.id(), profile.districtId())).findFirst()
                .ifPresent(district::setValue);
        language.setValue(profile.language());

        Button save = new Button(getTranslation("profile.save"), click -> save(residents));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        FormLayout form = new FormLayout(displayName, ageBand, district, language);
        form.setMaxWidth("40rem");
        add(form, save);
        displayName.setWidthFull();
        ageBand.setWidthFull();
        district.setWidthFull();
        language.setWidthFull();
    }

    private void save(ResidentService residents) {
        String before = residents.myProfile().language();
        ProfileForm form = new ProfileForm(displayName.getValue(), ageBand.getValue(),
                district.getValue() == null ? null : district.getValue().id(), language.getValue());
        try {
            Profile saved = residents.updateMyProfile(form);
            Notifications.success(getTranslation("profile.saved"));
            if (!saved.language().equals(before)) {
                // The whole frame must be rebuilt in the new language, as the language switch does.
                getUI().ifPresent(ui -> ui.getPage().executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax'; window.location.reload();",
                        Languages.COOKIE, saved.language()));
            }
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
