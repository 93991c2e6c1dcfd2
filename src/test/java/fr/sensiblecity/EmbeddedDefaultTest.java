package fr.sensiblecity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.territories.TerritoryService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newcomer runs the app with no configuration at all: it must start on the embedded database file under
 * ./data, with the schema migrated and the default themes in place. No profile, no property is set here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TerritoryService territories;

    @LocalServerPort
    int port;

    @Test
    void with_no_configuration_the_app_runs_on_an_embedded_database_file_and_serves_the_home_page() throws Exception {
        String url = new JdbcTemplate(dataSource).execute((java.sql.Connection connection) -> connection.getMetaData().getURL());
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        assertThat(territories.listThemes()).extracting(theme -> theme.code())
                .contains("mobility", "third-places", "short-food-circuits", "culture");

        HttpResponse<String> home = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"fr\"");
    }

    @Autowired
    fr.sensiblecity.ideas.IdeaService ideas;

    @Test
    void searching_ideas_works_on_the_embedded_database_without_a_full_text_index() {
        // H2 has no MATCH ... AGAINST: the same words are found by scanning idea.search_text.
        assertThat(ideas.browse(new fr.sensiblecity.ideas.IdeaQuery("vélos partagés", null, null, null, null,
                fr.sensiblecity.ideas.IdeaSort.MOST_SUPPORTED), 0, 20)).hasSizeLessThanOrEqualTo(20);
        assertThat(ideas.similarIdeas("Des vélos partagés", "à la gare")).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void the_embedded_database_listens_on_no_port_of_its_own() {
        // H2's AUTO_SERVER mode opened a TCP server on every interface beside the web port; its thread is named so.
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("H2 TCP Server"));
        String url = new JdbcTemplate(dataSource).execute((java.sql.Connection connection) -> connection.getMetaData().getURL());
        assertThat(url.toUpperCase(java.util.Locale.ROOT)).doesNotContain("AUTO_SERVER");
    }
}
