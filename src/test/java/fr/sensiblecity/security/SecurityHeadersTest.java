package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every response tells the browser: which scripts and sources to trust, not to guess content types, what to
 * say of the page it comes from; and how the session cookie travels. Behind a TLS proxy (as the prod profile sets
 * it up), the cookie is Secure and browsers are told to come back over HTTPS only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pages_downloads_and_health_checks_all_carry_the_security_headers() throws Exception {
        for (String path : List.of("/", "/ideas", "/open-data/panels.csv", "/open-data/panels.json",
                "/actuator/health", "/actuator/health/readiness", "/styles/civic.css", "/no-such-page")) {
            HttpResponse<String> response = get(path, false);
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsOnly("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path)
                    .hasValue(SecurityConfiguration.PERMISSIONS_POLICY);
        }
    }

    @Test
    void open_data_downloads_stay_cacheable_by_anyone() throws Exception {
        assertThat(get("/open-data/panels.csv", false).headers().allValues("Cache-Control"))
                .singleElement().asString().contains("public").doesNotContain("no-store");
    }

    @Test
    void the_policy_allows_scripts_only_from_the_site_itself_and_never_lets_another_site_frame_a_page() {
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'")
                .doesNotContain("*", "http:", "https:");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_not_readable_by_scripts() throws Exception {
        String cookie = sessionCookie(get("/", false));
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(get("/", false).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_browsers_are_told_to_stay_on_https() throws Exception {
        HttpResponse<String> response = get("/", true);
        assertThat(sessionCookie(response)).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
    }

    private HttpResponse<String> get(String path, boolean forwardedHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
