package fr.sensiblecity.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Demo accounts have known passwords: a production instance must refuse to start with any. */
class ProductionGuardTest {

    @Test
    void the_production_profile_refuses_to_start_with_demo_accounts() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(Application.class)
                .profiles("test", "prod")
                .properties("DB_URL=" + System.getProperty("test.db.url",
                                "jdbc:mariadb://127.0.0.1:3306/sensible_city_test?sslMode=disable&createDatabaseIfNotExist=true"),
                        "DB_USER=" + System.getProperty("test.db.user", "root"),
                        "DB_PASSWORD=" + System.getProperty("test.db.password", ""),
                        "server.port=0");

        // Command-line arguments, as an operator would pass them: they outrank every configuration file.
        assertThatThrownBy(() -> production.run("--sensible.demo.accounts[0].username=alice",
                "--sensible.demo.accounts[0].password={noop}demo", "--sensible.demo.accounts[0].display-name=Alice").close())
                .hasRootCauseMessage("Demo accounts are configured under the production profile: remove "
                        + "sensible.demo.accounts and the demo profile before starting in production.");
    }
}
