package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Languages;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The status of the first response for an address, as a crawler, a link checker or a monitoring probe sees it,
 * role by role: an address that leads nowhere answers 404 and a page the person's role does not open answers 403,
 * each with the friendly page in the reader's language; a visitor who is not signed in is asked to sign in; every
 * other page, file and endpoint keeps its 200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sensible.demo.accounts[0].username=status-resident", "sensible.demo.accounts[0].password={noop}secret",
        "sensible.demo.accounts[0].display-name=Rosalie Statut",
        "sensible.demo.accounts[1].username=status-moderator", "sensible.demo.accounts[1].password={noop}secret",
        "sensible.demo.accounts[1].display-name=Modeste Statut", "sensible.demo.accounts[1].roles=RESIDENT,MODERATOR",
        "sensible.demo.accounts[2].username=status-admin", "sensible.demo.accounts[2].password={noop}secret",
        "sensible.demo.accounts[2].display-name=Adèle Statut", "sensible.demo.accounts[2].roles=RESIDENT,ADMINISTRATOR"})
@ActiveProfiles("test")
class PageStatusesTest {

    @LocalServerPort
    int port;

    @Test
    void an_address_that_leads_nowhere_answers_404_with_the_not_found_page_in_the_readers_language() throws Exception {
        HttpClient visitor = client();
        HttpResponse<String> french = send(visitor, "/no-such-page");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(french.body()).contains("Page introuvable");

        HttpResponse<String> notFound = client().send(HttpRequest.newBuilder(uri("/ideas/no/such/page"))
                .header("Cookie", Languages.COOKIE + "=en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found").doesNotContain("Page introuvable");

        HttpClient resident = signedIn("status-resident");
        assertThat(send(resident, "/no-such-page").statusCode()).isEqualTo(404);
        // A well-formed address of an idea, a panel, a project or a draft that does not exist is not found either.
        for (String path : List.of("/ideas/999999999", "/panels/999999999", "/projects/999999999",
                "/drafts/999999999")) {
            HttpResponse<String> missing = send(resident, path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("Page introuvable");
        }
    }

    @Test
    void a_page_the_role_does_not_open_answers_403_to_a_signed_in_person_and_asks_a_visitor_to_sign_in()
            throws Exception {
        HttpResponse<String> anonymous = send(client(), "/admin/audit");
        assertThat(anonymous.statusCode()).as("a visitor is sent to sign in").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(
                URI.create(location).getPath()).isEqualTo("/login"));

        HttpClient resident = signedIn("status-resident");
        HttpResponse<String> refused = send(resident, "/admin/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé").doesNotContain("Exception");
        assertThat(send(resident, "/moderation").statusCode()).isEqualTo(403);
        assertThat(send(resident, "/profile").statusCode()).isEqualTo(200);

        HttpClient moderator = signedIn("status-moderator");
        assertThat(send(moderator, "/moderation").statusCode()).isEqualTo(200);
        assertThat(send(moderator, "/admin/audit").statusCode()).isEqualTo(403);

        HttpClient administrator = signedIn("status-admin");
        assertThat(send(administrator, "/admin/audit").statusCode()).isEqualTo(200);
        assertThat(send(administrator, "/moderation").statusCode()).isEqualTo(200);
    }

    @Test
    void pages_files_and_endpoints_that_exist_keep_answering_200() throws Exception {
        HttpClient visitor = client();
        for (String path : List.of("/", "/ideas", "/projects", "/panels", "/open-data", "/login", "/accessibility",
                "/open-data/panels.csv", "/styles/civic.css", "/actuator/health", "/actuator/health/readiness")) {
            assertThat(send(visitor, path).statusCode()).as(path).isEqualTo(200);
        }
        HttpClient resident = signedIn("status-resident");
        for (String path : List.of("/", "/ideas", "/ideas/write", "/profile", "/notifications")) {
            assertThat(send(resident, path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = client();
        send(browser, "/login");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).as("signed in as " + username)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> send(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
