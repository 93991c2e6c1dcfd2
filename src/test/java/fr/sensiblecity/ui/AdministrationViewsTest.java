package fr.sensiblecity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Component;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentAccount;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator manages territories, themes and roles through the pages, without a browser. */
@MariaDbTest
@SignedInAs(name = "Adrien", roles = Role.ADMINISTRATOR)
class AdministrationViewsTest extends SpringBrowserlessTest {

    @Autowired
    CleanDatabase database;

    @Autowired
    ResidentService residents;

    @Autowired
    TerritoryService territories;

    ResidentAccount admin;

    @BeforeEach
    void findTheAdministrator() {
        admin = residents.signIn("demo", "Adrien", "Adrien");
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void an_administrator_sees_the_administration_pages_in_the_menu() {
        navigate("", Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Territoires", "Thèmes", "Rôles", "Mon profil");
    }

    @Test
    void an_administrator_creates_a_territory_with_its_districts() {
        navigate("admin/territories", Component.class);
        test($(TextField.class).id("territory-name")).setValue("Bellerive-sur-Sorne");
        test($(TextField.class).id("territory-code")).setValue("99105");
        test($(IntegerField.class).id("territory-population")).setValue(18700);
        test($(IntegerField.class).id("territory-population-year")).setValue(2023);
        test($(TextArea.class).id("territory-districts")).setValue("Centre-ville\nLa Gare\n");
        test($(Button.class).id("save-territory")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Territoire « Bellerive-sur-Sorne » enregistré.");
        TerritorySummary saved = territories.listTerritories().getFirst();
        assertThat(saved.districts()).extracting(DistrictRef::name).containsExactly("Centre-ville", "La Gare");
        assertThat(test($(Grid.class).id("territories-grid")).size()).isEqualTo(1);
    }

    @Test
    void a_wrong_official_code_is_explained_and_nothing_is_saved() {
        navigate("admin/territories", Component.class);
        test($(TextField.class).id("territory-name")).setValue("Valbrume");
        test($(TextField.class).id("territory-code")).setValue("VAL");
        test($(IntegerField.class).id("territory-population")).setValue(860);
        test($(IntegerField.class).id("territory-population-year")).setValue(2023);
        test($(Button.class).id("save-territory")).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Le code officiel doit être un code INSEE");
        assertThat(territories.listTerritories()).isEmpty();
    }

    @Test
    void an_administrator_adds_a_theme_in_both_languages() {
        navigate("admin/themes", Component.class);
        test($(TextField.class).id("theme-code")).setValue("test-sport");
        test($(TextField.class).id("theme-name-fr")).setValue("Sport");
        test($(TextField.class).id("theme-name-en")).setValue("Sport and leisure");
        test($(Button.class).id("save-theme")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Thème « Sport » enregistré.");
        assertThat(territories.listActiveThemes()).anyMatch(theme -> theme.code().equals("test-sport")
                && theme.nameEn().equals("Sport and leisure"));
    }

    @Test
    void an_administrator_makes_a_resident_moderator_but_cannot_remove_the_last_administrator() {
        ResidentAccount morgane = residents.signIn("demo", "morgane", "Morgane");
        navigate("admin/roles", Component.class);
        test($(TextField.class).id("roles-search")).setValue("Morg");
        Checkbox moderator = (Checkbox) test($(Grid.class).id("roles-grid")).getCellComponent(0, 1);
        test(moderator).click();
        assertThat(residents.currentRoles(morgane.id())).contains(Role.MODERATOR);

        test($(TextField.class).id("roles-search")).setValue("Adrien");
        Checkbox administrator = (Checkbox) test($(Grid.class).id("roles-grid")).getCellComponent(0, 3);
        test(administrator).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Impossible : la plateforme doit garder au moins un administrateur.");
        assertThat(residents.currentRoles(admin.id())).contains(Role.ADMINISTRATOR);
    }
}
