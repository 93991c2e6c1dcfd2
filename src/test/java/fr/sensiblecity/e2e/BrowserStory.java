package fr.sensiblecity.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every browser story shares: the app declares the test identity provider, and one Chromium serves all
 * the story's people (each in a fresh profile).
 */
abstract class BrowserStory {

    static Browser browser;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider.registerWith(registry);
    }

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = Browser.forApp(port);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
