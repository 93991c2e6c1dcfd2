package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The town hall uploads its electoral roll on /admin/verification (a bad file first, which changes nothing); a
 * resident on the roll signs in through the OpenID Connect provider, which asserts their name and birth date, and
 * finds their residency verified; a resident who is not on it does not.
 */
@EndToEndTest
class TownHallListJourneyTest extends BrowserStory {

    private static final String COMMUNE = "Valbrume (liste)";

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Test
    void the_town_hall_uploads_its_roll_and_a_listed_resident_is_verified_at_sign_in_but_not_an_unlisted_one() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        if (territories.listTerritories().stream().noneMatch(territory -> territory.name().equals(COMMUNE))) {
            SystemTask.runAsAdministrator("e2e", () -> territories.createTerritory(new TerritoryForm(COMMUNE,
                    "96" + (100 + ThreadLocalRandom.current().nextInt(900)), 860, 2023, true, List.of("Le Bourg"))));
        }

        Page adele = browser.signedIn("adele-list-" + run, "Adèle " + run);
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents("Adèle " + run)
                .forEach(account -> residents.grantRole(account.id(), Role.ADMINISTRATOR)));
        adele.setViewportSize(1280, 900);
        browser.open(adele, "/admin/verification");
        Browser.choose(adele, "#verification-territory", COMMUNE);

        // The e2e database outlives runs: whatever list an earlier run left, a bad file leaves it as it was.
        String before = adele.locator("#town-hall-list-status").textContent();
        upload(adele, "Nom;Prénoms;Date de naissance\nQUÉMÉNER;Rose Marie;15/06/1984\nLe Floc'h;Yves;31/02/1950\n");
        assertThat(adele.locator("vaadin-notification-card").last())
                .containsText("Ligne 3 : la date de naissance n'est pas une date valable");
        assertThat(adele.locator("#town-hall-list-status")).hasText(before);

        upload(adele, "\uFEFFNom;Prénoms;Date de naissance\nQUÉMÉNER;Rose Marie;15/06/1984\nLe Floc'h;Yves;28/02/1950\n");
        assertThat(adele.locator("vaadin-notification-card").last())
                .containsText("Liste de " + COMMUNE + " enregistrée : 2 lignes.");
        assertThat(adele.locator("#town-hall-list-status")).containsText("Liste en vigueur : 2 lignes, déposée le");
        AccessibilityAudit.assertNoViolations(adele, "verification administration with the town hall's list, desktop");
        Browser.screenshot(adele, "town-hall-list-desktop");
        adele.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(adele, "verification administration with the town hall's list, phone");
        Browser.screenshot(adele, "town-hall-list-phone");

        // Rose's provider writes her names its own way: no accents, lower case, all given names.
        Page rose = signInWithIdentity("rose-list-" + run, "Rose " + run, "Quemener", "rose marie", "1984-06-15");
        rose.setViewportSize(390, 844);
        browser.open(rose, "/verify");
        assertThat(rose.locator("#verify-mine")).containsText(COMMUNE + " : Liste de la mairie, à la connexion");
        assertThat(rose.locator("#verify-by-list")).containsText("déconnectez-vous puis reconnectez-vous");
        AccessibilityAudit.assertNoViolations(rose, "verify my residency, verified by the list, phone");
        Browser.screenshot(rose, "town-hall-list-verify-phone");
        rose.setViewportSize(1280, 900);
        AccessibilityAudit.assertNoViolations(rose, "verify my residency, verified by the list, desktop");

        // Same names, another birth date: another person, not on the roll.
        Page other = signInWithIdentity("rose-other-" + run, "Rose bis " + run, "Quéméner", "Rose", "1984-06-16");
        browser.open(other, "/verify");
        assertThat(other.locator("#verify-none")).isVisible();
        assertThat(other.locator("#verify-mine")).isHidden();
    }

    private static void upload(Page page, String csv) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#town-hall-list-upload vaadin-button").click());
        chooser.setFiles(new FilePayload("liste-electorale.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private Page signInWithIdentity(String subject, String publicName, String family, String given, String birthdate) {
        Page page = browser.newVisitor();
        browser.open(page, "/login");
        page.locator("#provider-" + TestIdentityProvider.REGISTRATION_ID).click();
        TestIdentityProvider.signInAs(page, subject, "{\"preferred_username\": \"" + publicName
                + "\", \"family_name\": \"" + family + "\", \"given_name\": \"" + given + "\", \"birthdate\": \""
                + birthdate + "\"}");
        page.locator("#current-user-name").waitFor();
        return page;
    }
}
