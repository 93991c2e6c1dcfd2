package fr.sensiblecity.bench;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the cluster benchmark asks of each app instance over HTTP, and nothing a real deployment has: it exists
 * only on the test classpath, only under the {@code bench-api} profile. A support is made through
 * {@link SupportService} as the given resident, exactly as a signed-in resident's click makes it, without the
 * sign-in (which would need an identity provider per resident).
 */
@RestController
@RequestMapping("/bench-api")
@Profile("bench-api")
class BenchApi {

    private final JdbcTemplate jdbc;
    private final IdeaService ideas;
    private final SupportService supports;
    private final TerritoryService territories;

    BenchApi(JdbcTemplate jdbc, IdeaService ideas, SupportService supports, TerritoryService territories) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.supports = supports;
        this.territories = territories;
    }

    /**
     * A town of a million inhabitants (maturity at 10,000 supports), {@code residents} residents and {@code
     * ideas} ideas by one more. Answers two lines: the ideas' ids, then the residents' ids.
     */
    @PostMapping("/stage")
    String stage(@RequestParam int residents, @RequestParam(defaultValue = "2") int ideas) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Actors.system();
        try {
            TerritorySummary town = territories.createTerritory(new TerritoryForm("Grappe-sur-Sorne " + run,
                    String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)), 1_000_000, 2023,
                    false, List.of()));
            long[] ids = residents(run, residents + 1);
            long theme = territories.listActiveThemes().getFirst().id();
            Actors.resident(ids[residents]);
            List<Long> ideaIds = new ArrayList<>();
            for (int i = 0; i < ideas; i++) {
                ideaIds.add(this.ideas.submitIdea(new IdeaForm("Banc d'essai en grappe n° " + (i + 1),
                        "Une idée créée par le banc d'essai de la grappe, que des milliers de résidents soutiennent "
                                + "pendant qu'une instance et un nœud de base de données tombent.",
                        theme, town.id(), null)));
            }
            return join(ideaIds) + "\n" + join(java.util.Arrays.stream(ids, 0, residents).boxed().toList()) + "\n";
        } finally {
            Actors.clear();
        }
    }

    /**
     * Resident {@code resident} supports idea {@code idea}: 200 with the count, 409 "already" when that resident
     * already supports it (a retry whose first try was stored), 422 for another refusal, 503 for a failure.
     */
    @PostMapping("/support")
    ResponseEntity<String> support(@RequestParam long idea, @RequestParam long resident) {
        Actors.resident(resident);
        try {
            return ResponseEntity.ok(String.valueOf(supports.support(idea).supportCount()));
        } catch (DomainException refused) {
            return ResponseEntity.status(refused.messageKey().equals("support.error.already") ? 409 : 422)
                    .body(refused.messageKey().equals("support.error.already") ? "already" : refused.messageKey());
        } catch (RuntimeException failure) {
            return ResponseEntity.status(503).body(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        } finally {
            Actors.clear();
        }
    }

    /** Replays the idea's support trail: "intact" or "broken", then the counts it compared. */
    @GetMapping("/trail")
    String trail(@RequestParam long idea) {
        Actors.system();
        try {
            var check = supports.checkTrail(idea);
            return (check.consistent() ? "intact" : "broken") + " replayed=" + check.replayedSupports() + " shown="
                    + check.shownSupports() + " stored=" + check.storedSupports();
        } finally {
            Actors.clear();
        }
    }

    private long[] residents(String run, int count) {
        String issuer = "bench-cluster-" + run;
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {issuer, "r" + i, "Résident " + i, now});
        }
        for (int from = 0; from < count; from += 5_000) {
            jdbc.batchUpdate("insert into resident (issuer, subject, display_name, created_at) values (?, ?, ?, ?)",
                    rows.subList(from, Math.min(count, from + 5_000)));
        }
        return jdbc.queryForList("select id from resident where issuer = ? order by id", Long.class, issuer).stream()
                .mapToLong(Long::longValue).toArray();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /**
     * The benchmark's calls carry no session and no CSRF token: this chain, ahead of the application's own,
     * lets them through for {@code /bench-api/**} only.
     */
    @Configuration(proxyBeanMethods = false)
    @Profile("bench-api")
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain benchApiChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/bench-api/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }
    }
}
