package fr.sensiblecity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.panels.PanelForm;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PanelService;
import fr.sensiblecity.panels.PoolFiles;
import fr.sensiblecity.panels.QuotaLine;
import fr.sensiblecity.panels.SessionLine;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The practitioners' {@code respondents.csv} of 100,000 rows (four categories, under the 5 MB limit) imported into
 * a recruiting panel through {@link PoolFiles#importPool}, the service the panel's page calls. Prints
 * {@code BENCH pool-import rows=N seconds=... mb=... rows_per_s=...}; fails if the pool does not hold every row
 * with its four features. {@code -Dbench.pool-import.rows=10000} makes a quick run.
 */
@SpringBootTest
@ActiveProfiles("bench")
@EnabledIfSystemProperty(named = "bench", matches = "all|http|pool-import")
@DirtiesContext
class PoolImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.pool-import.rows", 100_000);
    private static final String[] GENDERS = {"femme", "homme"};
    private static final String[] AGES = {"16-29", "30-44", "45-59", "60-74", "75+"};
    private static final String[] DIPLOMAS = {"aucun", "cap-bep", "bac", "bac+2", "bac+5"};
    private static final int DISTRICTS = 10;

    @Autowired
    CleanDatabase database;

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    PanelService panels;

    @Autowired
    PoolFiles files;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_pool_of_a_hundred_thousand_respondents_imports() {
        // After the ideas benchmarks (as within -Dbench=http) a million ideas may be left: truncated in an instant,
        // where the wipe's DELETE would take minutes.
        Bench.wipe(jdbc);
        database.wipe();
        Actors.system();
        List<String> districts = new ArrayList<>();
        for (int i = 1; i <= DISTRICTS; i++) {
            districts.add("Quartier " + i);
        }
        long commune = territories.createTerritory(new TerritoryForm("Grandville", "99900", 250_000, 2023, false,
                districts)).id();
        long facilitator = residents.signIn("bench", "facilitator", "Fanny").id();
        Actors.resident(facilitator, Role.FACILITATOR);
        List<QuotaLine> quotas = new ArrayList<>();
        for (String gender : GENDERS) {
            quotas.add(new QuotaLine("genre", gender, 10, 30));
        }
        for (String age : AGES) {
            quotas.add(new QuotaLine("âge", age, 2, 20));
        }
        for (String district : districts) {
            quotas.add(new QuotaLine("quartier", district, 1, 10));
        }
        for (String diploma : DIPLOMAS) {
            quotas.add(new QuotaLine("diplôme", diploma, 2, 20));
        }
        long panel = panels.createPanel(new PanelForm("Comment rendre la ville plus sûre pour les vélos ?",
                "Conseil municipal de Grandville", commune, 40, 5, null, null, quotas,
                List.of(new SessionLine(LocalDateTime.of(2027, 1, 9, 10, 0), "Hôtel de ville", "Accueil"))));
        panels.advance(panel, PanelPhase.RECRUITING);

        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("id,genre,âge,quartier,diplôme\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("papier-").append(String.format("%06d", i)).append(',')
                    .append(GENDERS[random.nextInt(GENDERS.length)]).append(',')
                    .append(AGES[random.nextInt(AGES.length)]).append(',')
                    .append(districts.get(random.nextInt(DISTRICTS))).append(',')
                    .append(DIPLOMAS[random.nextInt(DIPLOMAS.length)]).append('\n');
        }
        String file = csv.toString();
        double mb = file.getBytes(StandardCharsets.UTF_8).length / (1024d * 1024);

        long start = System.nanoTime();
        long[] firstWritten = new long[1];
        int imported = files.importPool(panel, null, file, (rows, total) -> {
            if (firstWritten[0] == 0) {
                firstWritten[0] = System.nanoTime();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double checking = (firstWritten[0] - start) / 1e9;

        assertThat(imported).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from panel_volunteer where panel_id = ?", Long.class, panel))
                .isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from panel_volunteer_feature f join panel_volunteer v "
                + "on v.id = f.volunteer_id where v.panel_id = ?", Long.class, panel)).isEqualTo(4L * ROWS);
        Bench.report("pool-import", "rows", ROWS, "seconds", seconds, "mb", mb, "rows_per_s", ROWS / seconds, "read_and_check_s",
                checking);
        Actors.clear();
        database.wipe();
    }
}
