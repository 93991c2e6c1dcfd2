package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The first story, in a real browser: a visitor arrives, signs in through an OpenID Connect provider, is greeted
 * by name, switches to English, signs out. Every page on the way is audited for WCAG 2.1 AA.
 */
@EndToEndTest
class SignInJourneyTest extends BrowserStory {

    private static final String PROVIDER_LINK = "#provider-" + TestIdentityProvider.REGISTRATION_ID;
    private static final String DISPLAY_NAME = "Camille R.";

    private Page page;

    /** Takes the picture before {@code @AfterEach} closes the page: /tmp/e2e-TEST_NAME.png. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (test, failure) -> {
        Browser.screenshot(page, test.getRequiredTestMethod().getName());
        throw failure;
    };

    @BeforeEach
    void newVisitor() {
        page = browser.newVisitor();
    }

    @AfterEach
    void leave() {
        page.context().close();
    }

    @Test
    void a_visitor_finds_the_home_page_in_french_and_reaches_sign_in_with_the_keyboard() {
        browser.open(page, "/");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("#sign-in")).hasText("Se connecter");
        AccessibilityAudit.assertNoViolations(page, "home page (visitor, French)");

        KeyboardFocus.tabTo(page, "language-switch");
        KeyboardFocus.tabTo(page, "sign-in");
        page.keyboard().press("Enter");

        assertThat(page.locator(PROVIDER_LINK)).hasText("Se connecter avec " + TestIdentityProvider.CLIENT_NAME);
        AccessibilityAudit.assertNoViolations(page, "sign-in page (visitor, French)");
        KeyboardFocus.tabTo(page, PROVIDER_LINK.substring(1));

        browser.open(page, "/no-such-page");
        assertThat(page.locator("#error-page h1")).hasText("Page introuvable");
        AccessibilityAudit.assertNoViolations(page, "not-found page (visitor, French)");
    }

    @Test
    void a_resident_signs_in_is_greeted_by_name_switches_to_english_and_signs_out() {
        signIn(newSubject());
        assertThat(page.locator("#current-user-name")).hasText(DISPLAY_NAME);
        assertThat(page.locator("#greeting")).hasText("Bonjour, " + DISPLAY_NAME + " !");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        AccessibilityAudit.assertNoViolations(page, "home page (signed in, French)");

        browser.open(page, "/no-such-page");
        assertThat(page.locator("#error-page h1")).hasText("Page introuvable");
        AccessibilityAudit.assertNoViolations(page, "not-found page (signed in, French)");

        browser.open(page, "/");
        switchToEnglish();
        assertThat(page.locator("#greeting")).hasText("Hello, " + DISPLAY_NAME + "!");
        AccessibilityAudit.assertNoViolations(page, "home page (signed in, English)");

        browser.open(page, "/profile");
        assertThat(page.locator("#display-name input")).hasValue(DISPLAY_NAME);
        AccessibilityAudit.assertNoViolations(page, "profile page (signed in, English)");

        browser.open(page, "/no-such-page");
        assertThat(page.locator("#error-page h1")).hasText("Page not found");
        AccessibilityAudit.assertNoViolations(page, "not-found page (signed in, English)");

        page.locator("#sign-out").click();
        assertThat(page.locator("#sign-in")).isVisible();
        assertThat(page.locator("#current-user-name")).hasCount(0);
    }

    @Test
    void a_resident_who_chose_english_finds_it_again_at_the_next_sign_in_on_another_browser() {
        String subject = newSubject();
        signIn(subject);
        switchToEnglish();
        page.locator("#sign-out").click();
        assertThat(page.locator("#sign-in")).isVisible();

        // A fresh profile has no language cookie: only the resident's saved choice can bring English back.
        page.context().close();
        page = browser.newVisitor();
        browser.open(page, "/");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        signIn(subject);

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#sign-out")).hasText("Sign out");
    }

    /** Each run signs in a new person, so what earlier runs left in the test database cannot interfere. */
    private static String newSubject() {
        return "camille-" + UUID.randomUUID();
    }

    private void signIn(String subject) {
        browser.open(page, "/login");
        page.locator(PROVIDER_LINK).click();
        TestIdentityProvider.signInAs(page, subject, "{\"preferred_username\": \"" + DISPLAY_NAME + "\"}");
        page.locator("#current-user-name").waitFor();
    }

    private void switchToEnglish() {
        page.locator("#language-switch").click();
        // The switch reloads the page: the sign-out button's new text shows the reload happened.
        assertThat(page.locator("#sign-out")).hasText("Sign out");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#language-switch")).hasText("Français");
    }
}
