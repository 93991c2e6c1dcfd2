package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions over HTTP, counted as the servlet container creates them: an anonymous page view leaves one short
 * session (and a download or a health check none); signing in gives the session the residents' long lifetime.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sensible.demo.accounts[0].username=zoe", "sensible.demo.accounts[0].password={noop}secret",
        "sensible.demo.accounts[0].display-name=Zoé"})
@ActiveProfiles("test")
class SessionLifetimesTest {

    private static final int ANONYMOUS_SECONDS = 5 * 60;
    private static final int SIGNED_IN_SECONDS = 8 * 60 * 60;

    @LocalServerPort
    int port;

    @Autowired
    Sessions sessions;

    @Test
    void each_anonymous_page_view_leaves_at_most_one_session_and_only_a_short_one() throws Exception {
        int before = sessions.created();
        for (int i = 0; i < 21; i++) {
            // A fresh client each time, as crawlers and one-off visitors come: no cookie sent back. An address that
            // leads nowhere is a page view like any other (its 404 carries the friendly page).
            String path = List.of("/ideas", "/", "/no-such-page").get(i % 3);
            assertThat(send(HttpClient.newHttpClient(), get(path)).statusCode()).as(path)
                    .isEqualTo(path.equals("/no-such-page") ? 404 : 200);
        }

        List<HttpSession> created = sessions.since(before);
        assertThat(created).hasSizeBetween(1, 21);
        assertThat(created).allSatisfy(session -> assertThat(session.getMaxInactiveInterval())
                .as("an anonymous visitor's session").isEqualTo(ANONYMOUS_SECONDS));
    }

    @Test
    void downloads_health_checks_and_stylesheets_create_no_session() throws Exception {
        int before = sessions.created();
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/styles/civic.css",
                "/open-data/panels.csv")) {
            assertThat(send(HttpClient.newHttpClient(), get(path)).statusCode()).as(path).isEqualTo(200);
        }

        assertThat(sessions.since(before)).isEmpty();
    }

    @Test
    void signing_in_gives_the_session_the_residents_long_lifetime_and_a_failed_sign_in_does_not() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        send(browser, get("/login"));
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=zoe&password=secret")).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        String id = sessionId(browser);

        assertThat(sessions.live(id)).as("the signed-in session").hasValueSatisfying(
                session -> assertThat(session.getMaxInactiveInterval()).isEqualTo(SIGNED_IN_SECONDS));

        HttpResponse<String> wrong = send(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=zoe&password=wrong")).build());
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("error"));
        assertThat(sessions.all()).as("no long session without a sign-in").allSatisfy(session -> {
            if (!session.getId().equals(id)) {
                assertThat(session.getMaxInactiveInterval()).isEqualTo(ANONYMOUS_SECONDS);
            }
        });
    }

    private String sessionId(HttpClient browser) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every session the container creates, in order, and those still alive by id. */
    @TestConfiguration
    static class SessionsConfiguration {

        @Bean
        Sessions sessions() {
            return new Sessions();
        }
    }

    static class Sessions implements HttpSessionListener {

        private final List<HttpSession> created = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            created.add(event.getSession());
            live.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            live.remove(event.getSession().getId());
        }

        int created() {
            return created.size();
        }

        List<HttpSession> since(int index) {
            return List.copyOf(created.subList(index, created.size()));
        }

        java.util.Optional<HttpSession> live(String id) {
            // The id changes at sign-in (session fixation defence): look the session up by its id now.
            return created.stream().filter(session -> {
                try {
                    return session.getId().equals(id);
                } catch (IllegalStateException invalidated) {
                    return false;
                }
            }).findFirst();
        }

        List<HttpSession> all() {
            return List.copyOf(live.values());
        }
    }
}
