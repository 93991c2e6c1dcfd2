package fr.sensiblecity.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port, as a browser sees it.
 * <p>
 * Its own database ({@code sensible_city_e2e}, created if missing; override with {@code -Dtest.e2e.db.url=...}):
 * other test classes wipe the residents of the shared test database between tests, and when they run at the
 * same time as a browser test, the signed-in resident vanishes and the app rightly signs them out.
 * <p>
 * Vaadin's development tools (Copilot) are off: they are not part of the product, they cover the page's
 * controls and axe-core would audit their markup as if it were ours.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${test.e2e.db.url:jdbc:mariadb://127.0.0.1:3306/sensible_city_e2e"
            + "?sslMode=disable&createDatabaseIfNotExist=true}",
    "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
@interface EndToEndTest {
}
