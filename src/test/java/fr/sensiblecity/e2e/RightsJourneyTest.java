package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The residents' rights in a real browser: a visitor reaches each legal page from the footer with the keyboard
 * alone and downloads open data without signing in; a resident erases their account and is signed out. Every
 * page on the way is audited for WCAG 2.1 AA.
 */
@EndToEndTest
class RightsJourneyTest extends BrowserStory {

    @Test
    void a_visitor_reaches_each_legal_page_from_the_footer_with_the_keyboard() {
        Page visitor = browser.newVisitor();
        for (String[] page : new String[][] {{"accessibility", "Déclaration d'accessibilité"},
                {"legal-notice", "Mentions légales"}, {"privacy", "Politique de confidentialité"}}) {
            // From a short page: the home page now holds many cards, each a stop of its own before the footer.
            browser.open(visitor, "/legal-notice");
            KeyboardFocus.tabTo(visitor, "footer-" + page[0]);
            visitor.keyboard().press("Enter");
            assertThat(visitor.locator("h1").last()).hasText(page[1]);
            assertThat(visitor).hasURL(browser.url("/" + page[0]));
            AccessibilityAudit.assertNoViolations(visitor, page[0] + " (visitor, French)");
        }
        visitor.context().close();
    }

    @Test
    void on_a_phone_the_legal_links_are_on_the_page_without_opening_the_menu() {
        Page visitor = browser.newVisitor();
        visitor.setViewportSize(375, 740);
        browser.open(visitor, "/");
        assertThat(visitor.locator("vaadin-app-layout")).hasAttribute("overlay", "");
        assertThat(visitor.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        assertThat(visitor.getByRole(AriaRole.MAIN)).hasCount(1);
        assertThat(visitor.getByRole(AriaRole.CONTENTINFO)).hasCount(1);
        assertThat(visitor.locator("main footer")).hasCount(0);
        for (String id : new String[] {"footer-accessibility", "footer-legal-notice", "footer-privacy"}) {
            assertThat(visitor.getByRole(AriaRole.CONTENTINFO).locator("#" + id)).isVisible();
        }
        AccessibilityAudit.assertNoViolations(visitor, "home (visitor, French, 375 px wide)");

        // Tabbing to the footer from a short page: the home page's cards are many stops of their own.
        browser.open(visitor, "/legal-notice");
        KeyboardFocus.tabTo(visitor, "footer-privacy");
        visitor.keyboard().press("Enter");
        assertThat(visitor).hasURL(browser.url("/privacy"));
        assertThat(visitor.locator("h1").last()).hasText("Politique de confidentialité");
        assertThat(visitor.locator("#footer-legal-notice")).isVisible();
        AccessibilityAudit.assertNoViolations(visitor, "privacy (visitor, French, 375 px wide)");

        // The list of ideas is followed by the footer, one scroll away, never covered by it.
        visitor.setViewportSize(1280, 900);
        browser.open(visitor, "/ideas");
        visitor.locator("#ideas-list").waitFor();
        BoundingBox list = visitor.locator("#ideas-list").boundingBox();
        BoundingBox footer = visitor.getByRole(AriaRole.CONTENTINFO).boundingBox();
        org.assertj.core.api.Assertions.assertThat(footer.y).isGreaterThanOrEqualTo(list.y + list.height);
        visitor.getByRole(AriaRole.CONTENTINFO).scrollIntoViewIfNeeded();
        assertThat(visitor.locator("#footer-privacy")).isInViewport();
        visitor.context().close();
    }

    @Test
    void a_visitor_finds_the_open_data_page_and_downloads_the_ideas_without_signing_in() {
        Page visitor = browser.newVisitor();
        browser.open(visitor, "/open-data");
        assertThat(visitor.locator("h1").last()).hasText("Données ouvertes");
        AccessibilityAudit.assertNoViolations(visitor, "open data (visitor, French)");

        APIResponse csv = visitor.request().get(browser.url("/open-data/ideas.csv"));
        org.assertj.core.api.Assertions.assertThat(csv.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        org.assertj.core.api.Assertions.assertThat(csv.text()).startsWith("id,title,theme_code,territory_code,");
        visitor.context().close();
    }

    @Test
    void a_resident_erases_their_account_after_typing_the_word_and_ends_signed_out_on_a_page_that_says_it_is_done() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page resident = browser.signedIn("leaving-" + run, "Partante " + run);
        browser.open(resident, "/profile/data");
        AccessibilityAudit.assertNoViolations(resident, "my data (signed in, French)");

        resident.locator("#erase-confirmation input").fill("SUPPRIMER");
        resident.locator("#erase-account").click();

        // It ends on a page that says it is done, signed out; the page passes the audit on a phone and a desktop.
        resident.waitForURL("**/account-erased");
        assertThat(resident.locator("main h1")).hasText("Votre compte est supprimé");
        assertThat(resident.locator("#account-erased")).containsText("C'est fait : votre compte est supprimé");
        assertThat(resident.locator("#sign-in")).isVisible();
        AccessibilityAudit.assertNoViolations(resident, "account erased (desktop)");
        resident.setViewportSize(390, 844);
        AccessibilityAudit.assertNoViolations(resident, "account erased (phone)");
        Browser.screenshot(resident, "account-erased-phone");
        resident.setViewportSize(1280, 900);
        browser.open(resident, "/profile/data");
        assertThat(resident.locator("h1").last()).hasText("Connexion");
        resident.context().close();
    }
}
