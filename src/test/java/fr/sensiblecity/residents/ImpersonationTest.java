package fr.sensiblecity.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A resident tried, as a new user would, to rename herself after the moderator, the administrator with a Cyrillic
 * letter, the moderation and the town hall: each is refused with a sentence and changes nothing.
 */
@MariaDbTest
class ImpersonationTest {

    @Autowired
    ResidentService residents;

    @Autowired
    TerritoryService territories;

    @Autowired
    CleanDatabase database;

    private long morgane;
    private long adrien;
    private long claire;

    @BeforeEach
    void aTownWithItsStaff() {
        database.wipe();
        Actors.system();
        territories.createTerritory(new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of("Le Bourg")));
        morgane = residents.provision("demo", "morgane", "Morgane", java.util.Set.of(Role.MODERATOR)).id();
        adrien = residents.provision("demo", "adrien", "Adrien", java.util.Set.of(Role.ADMINISTRATOR)).id();
        claire = residents.signIn("https://idp.example", "claire", "Claire").id();
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_resident_cannot_take_a_staff_members_name_whatever_its_case_accents_or_punctuation() {
        Actors.resident(claire);
        for (String name : List.of("Morgane", "morgane", "MORGANE", "Morgâne", "Mor-gane", " Mor gane ", "Morgane.")) {
            assertRefused(name, "profile.error.displayNameTaken");
        }
        assertThat(renamed("Morgane Petit")).as("a different name that starts alike").isEqualTo("Morgane Petit");
    }

    @Test
    void a_name_written_with_look_alike_letters_of_another_alphabet_is_the_same_name() {
        Actors.resident(claire);
        assertRefused("\u0410drien", "profile.error.displayNameTaken"); // Cyrillic capital A
        assertRefused("Adri\u0435n", "profile.error.displayNameTaken"); // Cyrillic small ie
        assertRefused("\u0391drien", "profile.error.displayNameTaken"); // Greek capital alpha

        ResidentAccount newcomer = residents.signIn("https://idp.example", "newcomer", "\u0410drien");
        assertThat(newcomer.displayName()).as("a provider's look-alike name becomes a pseudonym")
                .matches("Habitant \\d{4}");
    }

    @Test
    void role_words_and_the_platform_are_reserved_even_disguised() {
        Actors.resident(claire);
        for (String name : List.of("Modération", "MODERATION", "moderation", "\u039Codération", "M0dération",
                "La Modération", "Modérationofficielle", "Admin", "L'équipe Sensible City", "Médiatrice France Services")) {
            assertRefused(name, "profile.error.displayNameReserved");
        }
        assertThat(renamed("Badminton club")).as("a short role word inside another word is fine")
                .isEqualTo("Badminton club");
    }

    @Test
    void institutions_and_territory_names_are_reserved() {
        Actors.resident(claire);
        for (String name : List.of("Mairie de Valbrume", "mairie", "MAIRIE DE VALBRUME", "Valbrume", "VALBRÙME",
                "Hôtel de ville")) {
            assertRefused(name, "profile.error.displayNameReserved");
        }
        assertThat(renamed("Claire de Valbrume")).as("living somewhere is not impersonating it")
                .isEqualTo("Claire de Valbrume");
    }

    @Test
    void staff_may_use_an_institution_name_but_not_someone_elses() {
        Actors.resident(morgane, Role.MODERATOR);
        assertThat(renamed("Modération de Valbrume")).isEqualTo("Modération de Valbrume");
        assertRefused("Claire", "profile.error.displayNameTaken");
    }

    @Test
    void a_name_once_used_stays_its_owners_and_moderators_see_earlier_names() {
        Actors.resident(claire);
        assertThat(renamed("Claire B.")).isEqualTo("Claire B.");

        ResidentAccount other = residents.signIn("https://idp.example", "other", "Claire");
        assertThat(other.displayName()).as("the earlier name is still Claire's").matches("Habitant \\d{4}");
        Actors.resident(other.id());
        assertRefused("claire", "profile.error.displayNameTaken");

        Actors.resident(claire);
        assertThat(renamed("Claire")).as("her own earlier name").isEqualTo("Claire");

        for (Runnable actor : List.<Runnable>of(Actors::visitor, () -> Actors.resident(claire),
                () -> Actors.resident(claire, Role.FACILITATOR))) {
            actor.run();
            assertThatThrownBy(() -> residents.formerNames("claire")).isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.MODERATOR, Role.ADMINISTRATOR)) {
            Actors.resident(morgane, role);
            List<FormerNames> found = residents.formerNames("b.");
            assertThat(found).as("as %s", role).singleElement().satisfies(names -> {
                assertThat(names.residentId()).isEqualTo(claire);
                assertThat(names.currentName()).isEqualTo("Claire");
                assertThat(names.names()).extracting(NameChange::displayName).containsExactly("Claire", "Claire B.", "Claire");
            });
        }
    }

    private String renamed(String name) {
        Profile before = residents.myProfile();
        return residents.updateMyProfile(new ProfileForm(name, before.ageBand(), before.districtId(), before.language()))
                .displayName();
    }

    private void assertRefused(String name, String key) {
        Profile before = residents.myProfile();
        assertThatThrownBy(() -> renamed(name)).as(name).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo(key);
        assertThat(residents.myProfile()).as("nothing changed after %s", name).isEqualTo(before);
    }
}
