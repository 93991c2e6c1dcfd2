package fr.sensiblecity.support;

import fr.sensiblecity.Application;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A second instance of the whole application, in this JVM, for tests of what instances share. It runs on the same
 * database as the test's own context and on Redis as the broker ({@code sensible.cluster.broker=redis}) with the
 * same key prefix as the first, with the {@code test} profile, and serves HTTP on a free port of its own. It has
 * its own clock ({@link MutableClock}), scheduler, memory and Vaadin servlet, as a second JVM would.
 *
 * <pre>{@code
 * @Autowired ApplicationContext context;   // the first instance: the test's own context
 * try (SecondInstance b = SecondInstance.startLike(context, "sensible.ideas.supports-per-minute=3")) {
 *     b.bean(SupportService.class).support(idea);              // through instance B
 *     page.navigate("http://localhost:" + b.port() + "/ideas/" + idea);
 * }
 * }</pre>
 *
 * One thing is shared on purpose: the security context holder. Vaadin keeps it in a JVM-wide static that each
 * context would otherwise take over for itself; sharing the first context's lets the person a test signs in
 * ({@link Actors}) act through either instance on the same thread.
 *
 * Starting one takes several seconds: start it once per test class (in {@code @BeforeAll}) and close it after.
 * Mind that the first context decides the broker: for shared limits give it {@code sensible.cluster.broker=redis}
 * too (with {@code @TestPropertySource}), or instance A keeps its limits in memory.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a second instance beside {@code first}. Extra {@code properties} ("name=value") override the
     * defaults above, e.g. the same limits the first context's test set.
     */
    public static SecondInstance startLike(ApplicationContext first, String... properties) {
        Environment env = first.getEnvironment();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username", ""),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "--sensible.cluster.broker=redis",
                "--sensible.cluster.key-prefix=" + env.getProperty("sensible.cluster.key-prefix", "sc:")));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        SecurityContextHolderStrategy shared = first.getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).profiles("test");
        if (shared != null) {
            // Vaadin defines its strategy only when none exists: this one is found first.
            builder.initializers(context -> context.getBeanFactory()
                    .registerSingleton("securityContextHolderStrategySharedWithFirstInstance", shared));
        }
        // Command-line arguments, so that they win over application-test.yml (builder properties would not).
        return new SecondInstance(builder.run(arguments.toArray(String[]::new)));
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The HTTP port this instance serves on. */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
