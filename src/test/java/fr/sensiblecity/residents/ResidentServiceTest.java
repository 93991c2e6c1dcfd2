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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class ResidentServiceTest {

    @Autowired
    fr.sensiblecity.base.AuditTrail audit;

    @Autowired
    ResidentService residents;

    @Autowired
    TerritoryService territories;

    @Autowired
    CleanDatabase database;

    @Autowired
    ResidentRepository repository;

    @Autowired
    CurrentResident current;

    @BeforeEach
    void emptyDatabase() {
        database.wipe();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void the_first_sign_in_creates_the_resident_and_later_ones_find_them_again() {
        ResidentAccount first = residents.signIn("https://idp.example", "sub-42", "Camille R.");
        ResidentAccount again = residents.signIn("https://idp.example", "sub-42", "Another Name");
        ResidentAccount elsewhere = residents.signIn("https://other-idp.example", "sub-42", "Camille R.");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.displayName()).isEqualTo("Camille R.");
        assertThat(first.roles()).containsExactly(Role.RESIDENT);
        assertThat(elsewhere.id()).as("a subject is only unique within its provider").isNotEqualTo(first.id());
    }

    @Test
    void a_provider_name_with_markup_becomes_a_pseudonym_the_resident_can_change() {
        ResidentAccount account = residents.signIn("https://idp.example", "sub-7", "<img src=x onerror=alert(1)>");
        assertThat(account.displayName()).matches("Habitant \\d{4}");
    }

    @Test
    void a_resident_updates_their_profile_and_bad_input_changes_nothing() {
        Actors.system();
        long district = territories.createTerritory(new TerritoryForm("Bellerive", "99105", 18700, 2023, false,
                List.of("La Gare"))).districts().getFirst().id();
        ResidentAccount camille = residents.signIn("https://idp.example", "sub-1", "Camille");
        Actors.resident(camille.id());

        Profile saved = residents.updateMyProfile(new ProfileForm("  Camille   des Tilleuls ", AgeBand.FROM_25_TO_34,
                district, "en"));
        assertThat(saved).isEqualTo(new Profile("Camille des Tilleuls", AgeBand.FROM_25_TO_34, district, "en"));
        assertThat(residents.myLanguage()).contains(Locale.ENGLISH);

        assertRefused(new ProfileForm(" ", null, null, "fr"), "profile.error.displayName");
        assertRefused(new ProfileForm("x".repeat(61), null, null, "fr"), "profile.error.displayName");
        assertRefused(new ProfileForm("<script>alert(1)</script>", null, null, "fr"), "profile.error.displayNameCharacters");
        assertRefused(new ProfileForm("Camille", null, district + 999, "fr"), "profile.error.district");
        assertRefused(new ProfileForm("Camille", null, null, "de"), "profile.error.language");
        assertThat(residents.myProfile()).isEqualTo(saved);
    }

    @Test
    void visitors_have_no_profile_to_read_or_change() {
        Actors.visitor();
        assertThatThrownBy(() -> residents.myProfile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.updateMyProfile(new ProfileForm("Someone", null, null, "fr")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administrators_grant_and_revoke_roles_and_nobody_else_can() {
        ResidentAccount admin = residents.signIn("demo", "admin", "Admin");
        ResidentAccount morgane = residents.signIn("demo", "morgane", "Morgane");
        Actors.system();
        residents.grantRole(admin.id(), Role.ADMINISTRATOR);

        for (Runnable actor : List.<Runnable>of(Actors::visitor, () -> Actors.resident(morgane.id()),
                () -> Actors.resident(morgane.id(), Role.MODERATOR))) {
            actor.run();
            assertThatThrownBy(() -> residents.grantRole(morgane.id(), Role.ADMINISTRATOR))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> residents.searchResidents("")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(residents.currentRoles(morgane.id())).containsExactly(Role.RESIDENT);

        Actors.resident(admin.id(), Role.ADMINISTRATOR);
        residents.grantRole(morgane.id(), Role.MODERATOR);
        assertThat(residents.currentRoles(morgane.id())).containsExactlyInAnyOrder(Role.RESIDENT, Role.MODERATOR);
        assertThat(residents.searchResidents("morg")).extracting(ResidentAccount::displayName).containsExactly("Morgane");

        residents.revokeRole(morgane.id(), Role.MODERATOR);
        assertThat(residents.currentRoles(morgane.id())).containsExactly(Role.RESIDENT);
        assertThatThrownBy(() -> residents.revokeRole(morgane.id(), Role.RESIDENT)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("roles.error.residentIsPermanent");
    }

    @Test
    void facilitators_and_administrators_find_residents_to_involve_and_nobody_else_can() {
        // Names differ by more than punctuation: "Cam_ille" would be "Camille" (ImpersonationTest).
        ResidentAccount camille = residents.signIn("demo", "camille", "Camille");
        ResidentAccount camilo = residents.signIn("demo", "camilo", "Camilo");
        ResidentAccount gone = residents.signIn("demo", "gone", "Camila");
        ResidentAccount staff = residents.signIn("demo", "fanny", "Camilla");
        ResidentAccount underscore = residents.signIn("demo", "under", "Cam_ilia");
        Actors.system();
        residents.grantRole(staff.id(), Role.FACILITATOR);
        Resident erased = repository.findById(gone.id()).orElseThrow();
        erased.erase(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        repository.save(erased);

        for (Runnable actor : List.<Runnable>of(Actors::visitor, () -> Actors.resident(camille.id()),
                () -> Actors.resident(camille.id(), Role.MODERATOR))) {
            actor.run();
            assertThatThrownBy(() -> residents.searchForFacilitators("cam", 10))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.FACILITATOR, Role.ADMINISTRATOR)) {
            Actors.resident(staff.id(), role);
            assertThat(residents.searchForFacilitators(" CAMI ", 10)).as("as %s", role)
                    .containsExactly(new ResidentName(camille.id(), "Camille"), new ResidentName(camilo.id(), "Camilo"));
        }
        assertThat(residents.searchForFacilitators("cam", 1)).hasSize(1);
        assertThat(residents.searchForFacilitators("m_i", 10)).as("a wildcard is taken literally")
                .containsExactly(new ResidentName(underscore.id(), "Cam_ilia"));
        assertThat(residents.searchForFacilitators("%", 10)).isEmpty();
        assertThat(residents.searchForFacilitators("", 10)).as("neither the erased resident nor the staff")
                .extracting(ResidentName::id).containsExactlyInAnyOrder(camille.id(), camilo.id(), underscore.id());
    }

    @Test
    void the_last_administrator_cannot_be_removed() {
        ResidentAccount admin = residents.signIn("demo", "admin", "Admin");
        Actors.system();
        residents.grantRole(admin.id(), Role.ADMINISTRATOR);
        Actors.resident(admin.id(), Role.ADMINISTRATOR);

        assertThatThrownBy(() -> residents.revokeRole(admin.id(), Role.ADMINISTRATOR)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("roles.error.lastAdministrator");
        assertThat(residents.currentRoles(admin.id())).contains(Role.ADMINISTRATOR);

        ResidentAccount second = residents.signIn("demo", "second", "Second");
        residents.grantRole(second.id(), Role.ADMINISTRATOR);
        residents.revokeRole(admin.id(), Role.ADMINISTRATOR);
        assertThat(residents.currentRoles(admin.id())).containsExactly(Role.RESIDENT);
    }

    @Test
    void a_configured_identity_becomes_the_first_administrator_but_never_takes_over_a_running_platform() {
        BootstrapAdministrators bootstrap = new BootstrapAdministrators(List.of("https://idp.example|mayor"));
        assertThat(bootstrap.lists("https://idp.example", "mayor")).isTrue();
        assertThat(bootstrap.lists("https://evil.example", "mayor")).isFalse();
        ResidentService bootstrapped = new ResidentService(repository, current, territories,
                java.time.Clock.systemUTC(), bootstrap, new ReservedNames(List.of()), audit);

        ResidentAccount mayor = bootstrapped.signIn("https://idp.example", "mayor", "Maire");
        assertThat(mayor.roles()).contains(Role.ADMINISTRATOR);

        Actors.resident(mayor.id(), Role.ADMINISTRATOR);
        ResidentAccount deputy = residents.signIn("https://idp.example", "deputy", "Adjointe");
        residents.grantRole(deputy.id(), Role.ADMINISTRATOR);
        residents.revokeRole(mayor.id(), Role.ADMINISTRATOR);
        assertThat(bootstrapped.signIn("https://idp.example", "mayor", "Maire").roles())
                .as("an administrator already exists").doesNotContain(Role.ADMINISTRATOR);
    }

    private void assertRefused(ProfileForm form, String key) {
        assertThatThrownBy(() -> residents.updateMyProfile(form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo(key);
    }
}
