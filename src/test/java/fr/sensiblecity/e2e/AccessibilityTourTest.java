package fr.sensiblecity.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.base.SystemTask;
import fr.sensiblecity.residents.ResidentService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of the platform, audited for WCAG 2.1 AA in a real browser, in both languages, as the person who
 * sees the most of it: an administrator who is also a moderator. The stories cover what pages do; this tour
 * covers that none is left out of the audit.
 */
@EndToEndTest
class AccessibilityTourTest extends BrowserStory {

    private static final List<String> PAGES = List.of("/", "/ideas", "/ideas/write", "/profile", "/notifications",
            "/moderation", "/admin/territories", "/admin/themes", "/admin/roles", "/admin/audit", "/panels", "/panels/edit",
            "/no-such-page", "/profile/email", "/profile/data", "/open-data", "/accessibility", "/legal-notice", "/privacy",
            "/unsubscribed?invalid", "/unsubscribe?t=invalid", "/email/confirm?t=invalid", "/projects", "/projects/new",
            "/admin/programmes", "/admin/labels", "/drafts", "/drafts/new", "/admin/thresholds", "/account-erased");

    @Autowired
    ResidentService residents;

    @Test
    void every_page_passes_the_audit_in_french_and_in_english() {
        Page visitor = browser.newVisitor();
        browser.open(visitor, "/login");
        AccessibilityAudit.assertNoViolations(visitor, "sign-in page");

        String name = "Adrien " + UUID.randomUUID().toString().substring(0, 8);
        Page admin = browser.newVisitor();
        browser.open(admin, "/login");
        admin.locator("#provider-" + TestIdentityProvider.REGISTRATION_ID).click();
        TestIdentityProvider.signInAs(admin, "admin-" + UUID.randomUUID(), "{\"preferred_username\": \"" + name + "\"}");
        admin.locator("#current-user-name").waitFor();
        SystemTask.runAsAdministrator("e2e", () -> residents.searchResidents(name).forEach(account -> {
            residents.grantRole(account.id(), Role.ADMINISTRATOR);
            residents.grantRole(account.id(), Role.MODERATOR);
        }));

        for (String language : List.of("fr", "en")) {
            for (String path : PAGES) {
                browser.open(admin, path);
                assertThat(admin.locator("html")).hasAttribute("lang", language);
                AccessibilityAudit.assertNoViolations(admin, path + " (" + language + ")");
            }
            if (language.equals("fr")) {
                admin.locator("#language-switch").click();
                assertThat(admin.locator("html")).hasAttribute("lang", "en");
            }
        }
    }
}
