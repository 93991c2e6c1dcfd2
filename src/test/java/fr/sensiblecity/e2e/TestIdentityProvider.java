package fr.sensiblecity.e2e;

import com.microsoft.playwright.Page;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for browser tests (mock-oauth2-server), with its interactive sign-in form so
 * the browser goes through the same redirects as with FranceConnect or a Keycloak realm.
 */
final class TestIdentityProvider {

    static final String REGISTRATION_ID = "test-idp";
    static final String CLIENT_NAME = "Test IdP";
    private static final String ISSUER_ID = "default";

    /** One per JVM: Spring caches application contexts across test classes and they keep its address. */
    private static MockOAuth2Server server;

    private TestIdentityProvider() {
    }

    /**
     * Starts the provider if needed and declares it to the app. The app discovers the provider's endpoints
     * while starting, so call this from a {@code @DynamicPropertySource} method.
     */
    static void registerWith(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration." + REGISTRATION_ID + ".";
        registry.add(prefix + "client-id", () -> "sensible-city");
        registry.add(prefix + "client-secret", () -> "secret");
        registry.add(prefix + "client-name", () -> CLIENT_NAME);
        registry.add(prefix + "scope", () -> "openid,profile");
        registry.add(prefix + "authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider." + REGISTRATION_ID + ".issuer-uri",
                () -> started().issuerUrl(ISSUER_ID).toString());
    }

    private static synchronized MockOAuth2Server started() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "test-idp-shutdown"));
        }
        return server;
    }

    /**
     * Fills the provider's sign-in form, reached after clicking the app's "sign in with" link.
     *
     * @param subject the stable identifier the provider gives the person ({@code sub})
     * @param claimsJson extra claims for the ID token, e.g. {@code {"preferred_username":"Camille R."}}
     */
    static void signInAs(Page page, String subject, String claimsJson) {
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claimsJson);
        page.locator("input[type=submit]").click();
    }
}
