package fr.sensiblecity.panels;

import static fr.sensiblecity.panels.PanelServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.OpenDataset;
import fr.sensiblecity.base.PersonalData;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritorySummary;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The pool from practitioners' files, and what happens to its data: retention, a resident's rights, open data. */
@MariaDbTest
class PanelPoolLifecycleTest {

    static final String CATEGORIES = "\uFEFFcategory,feature,min,max\r\ngender,female,1,3\r\ngender,male,1,3\r\n"
            + "district,Le Bourg,1,3\r\ndistrict,Les Hameaux,1,3\r\n";
    static final String RESPONDENTS = "id,gender,district,email\np1,female,Le Bourg,a@example.org\n"
            + "p2,male,Les Hameaux,b@example.org\np3,female,Les Hameaux,\np4,male,Le Bourg,\n";

    @Autowired
    PanelService panels;

    @Autowired
    VolunteerService volunteering;

    @Autowired
    PoolFiles files;

    @Autowired
    DrawService draws;

    @Autowired
    SeatService seats;

    @Autowired
    PanelRetention retention;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    List<OpenDataset> datasets;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    TerritorySummary commune;
    long fanny;
    long panel;

    @BeforeEach
    void aRecruitingPanel() {
        database.wipe();
        commune = fixtures.commune();
        fanny = fixtures.resident("fanny");
        panel = fixtures.recruitingPanel(commune, 4, fanny);
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void facilitators_import_a_pool_from_practitioners_files_and_export_it_back() {
        Actors.resident(fanny, Role.FACILITATOR);
        assertThat(files.importPool(panel, CATEGORIES, RESPONDENTS)).isEqualTo(4);
        assertThat(volunteering.pool(panel)).extracting(PoolEntry::externalId).containsExactly("p1", "p2", "p3", "p4");
        assertThat(files.exportCategories(panel)).startsWith("category,feature,min,max\ngender,female,1,3\n");
        String exported = files.exportRespondents(panel);
        assertThat(exported.lines().findFirst()).contains("id,gender,district");
        assertThat(exported.lines().skip(1)).hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain("@"));
    }

    @Test
    void a_pool_larger_than_one_statement_imports_whole_with_every_feature_and_reports_its_progress() {
        Actors.resident(fanny, Role.FACILITATOR);
        int rows = PoolFiles.ROWS_PER_STATEMENT * 2 + 500;
        StringBuilder file = new StringBuilder("id,gender,district\n");
        for (int i = 1; i <= rows; i++) {
            file.append('r').append(i).append(i % 2 == 0 ? ",female," : ",male,")
                    .append(i % 3 == 0 ? "Les Hameaux" : "Le Bourg").append('\n');
        }
        List<String> progress = new ArrayList<>();

        assertThat(files.importPool(panel, null, file.toString(), (written, total) -> progress.add(written + "/" + total)))
                .isEqualTo(rows);

        assertThat(progress).containsExactly("1000/2500", "2000/2500", "2500/2500");
        List<PoolEntry> pool = volunteering.pool(panel);
        assertThat(pool).hasSize(rows);
        assertThat(pool).filteredOn(entry -> entry.externalId().equals("r1500")).singleElement()
                .satisfies(entry -> assertThat(entry.features()).isEqualTo(PanelFixtures.features("female",
                        "Les Hameaux")));
        assertThat(pool).filteredOn(entry -> entry.externalId().equals("r2497")).singleElement()
                .satisfies(entry -> assertThat(entry.features()).isEqualTo(PanelFixtures.features("male", "Le Bourg")));
        // An id already in the pool, even in the last statement's rows, refuses the whole file.
        assertRefused(() -> files.importPool(panel, null, "id,gender,district\nnew1,male,Le Bourg\nr2500,male,Le Bourg\n"),
                "panel.error.importId");
        assertThat(volunteering.pool(panel)).hasSize(rows);
    }

    @Test
    void an_exported_pool_imports_back_as_the_same_pool_with_quotes_and_formulas_defused() {
        Actors.resident(fanny, Role.FACILITATOR);
        files.importPool(panel, "category,feature,min,max\n"
                + "genre,\"\"\"Femme\"\" (déclarée)\",1,3\ngenre,@SUM(A1),1,3\n"
                + "quartier,+Le Bourg,1,3\nquartier,-Les Hameaux,1,3\n",
                "id,genre,quartier\np1,\"\"\"Femme\"\" (déclarée)\",+Le Bourg\np2,@SUM(A1),-Les Hameaux\n"
                        + "p3,@SUM(A1),+Le Bourg\n");
        String categories = files.exportCategories(panel);
        String respondents = files.exportRespondents(panel);
        assertThat(respondents).contains(",'@SUM(A1),'-Les Hameaux").doesNotContain(",@SUM");
        assertThat(categories).contains("genre,\"\"\"Femme\"\" (déclarée)\",1,3\n", "quartier,'+Le Bourg,1,3\n");

        long again = fixtures.recruitingPanel(commune, 4, fanny);
        Actors.resident(fanny, Role.FACILITATOR);
        assertThat(files.importPool(again, categories, respondents)).isEqualTo(3);

        assertThat(panels.findPanel(again).quotas()).isEqualTo(panels.findPanel(panel).quotas());
        assertThat(volunteering.pool(again)).extracting(PoolEntry::features)
                .containsExactlyElementsOf(volunteering.pool(panel).stream().map(PoolEntry::features).toList());
        assertThat(volunteering.pool(again)).extracting(PoolEntry::externalId)
                .containsExactlyElementsOf(volunteering.pool(panel).stream().map(PoolEntry::poolId).toList());
    }

    @Test
    void a_pool_file_over_the_limit_is_refused_and_nothing_is_imported() {
        Actors.resident(fanny, Role.FACILITATOR);
        String huge = "id,gender,district\n" + "p,female,Le Bourg\n".repeat(5 * 1024 * 1024 / 18 + 1);
        assertThatThrownBy(() -> files.importPool(panel, null, huge)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(inFrench(refusal)).isEqualTo("Le fichier dépasse 5 Mo : rien n'a été importé."));
        assertThat(volunteering.pool(panel)).isEmpty();
    }

    @Test
    void a_bad_file_names_its_line_and_imports_nothing() {
        Actors.resident(fanny, Role.FACILITATOR);
        assertThatThrownBy(() -> files.importPool(panel, null, "id,gender,district\np1,female,Le Bourg\n"
                + "p2,other,Le Bourg\n")).isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("panel.csv.unknownFeature");
                    assertThat(inFrench(refusal)).isEqualTo("Fichier respondents.csv, ligne 3 : « other », dans la "
                            + "colonne « gender », n'est pas une valeur de cette catégorie dans le fichier des catégories."
                            + " Rien n'a été importé.");
                    assertThat(inEnglish(refusal)).isEqualTo("File respondents.csv, line 3: \"other\" in column "
                            + "\"gender\" is not a value of that category in the categories file. Nothing was imported.");
                });
        assertThatThrownBy(() -> files.importPool(panel, "category,feature,min,max\ngender,female,x,3\n", RESPONDENTS))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(inFrench(refusal)).isEqualTo(
                        "Fichier categories.csv, ligne 2 : le minimum du quota « gender = female » est « x » au lieu "
                                + "d'un nombre entier positif ou nul. Rien n'a été importé."));
        files.importPool(panel, null, "id,gender,district\np1,female,Le Bourg\n");
        assertRefused(() -> files.importPool(panel, null, "id,gender,district\np9,male,Le Bourg\np1,male,Le Bourg\n"),
                "panel.error.importId");
        assertThat(volunteering.pool(panel)).hasSize(1);
        Actors.resident(fixtures.resident("camille"));
        assertThatThrownBy(() -> files.importPool(panel, null, RESPONDENTS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.exportRespondents(panel)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void months_after_a_panel_closes_the_pool_of_non_members_is_deleted_and_the_composition_stays() {
        List<Long> residents = new ArrayList<>();
        String[][] people = {{"female", "Le Bourg"}, {"male", "Les Hameaux"}, {"female", "Les Hameaux"},
            {"male", "Le Bourg"}, {"female", "Le Bourg"}, {"male", "Le Bourg"}};
        for (int i = 0; i < people.length; i++) {
            long resident = fixtures.resident("r" + i);
            residents.add(resident);
            Actors.resident(resident);
            volunteering.volunteer(panel, PanelFixtures.features(people[i][0], people[i][1]), true);
        }
        Actors.resident(fanny, Role.FACILITATOR);
        files.importPool(panel, null, "id,gender,district\np1,female,Les Hameaux\n");
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "42");
        for (long resident : residents) {
            Actors.resident(resident);
            seats.mySeat(panel).filter(seat -> seat.status() == SeatStatus.OFFERED).ifPresent(seat -> seats.acceptSeat(panel));
        }
        Actors.resident(fanny, Role.FACILITATOR);
        seats.seats(panel).stream().filter(seat -> seat.status() == SeatStatus.OFFERED)
                .forEach(seat -> seats.recordAnswer(seat.seatId(), true));
        Map<String, Map<String, Integer>> composition = seats.memberComposition(panel);
        for (PanelPhase phase : List.of(PanelPhase.LEARNING, PanelPhase.DELIBERATING, PanelPhase.CONSULTATION,
                PanelPhase.DECIDED, PanelPhase.ANSWERED, PanelPhase.CLOSED)) {
            panels.advance(panel, phase);
        }
        Actors.clear();

        clock.setTo(Instant.now().plus(Duration.ofDays(150)));
        assertThat(retention.purgeExpiredPools()).isZero();
        clock.setTo(Instant.now().plus(Duration.ofDays(190)));
        assertThat(retention.purgeExpiredPools()).isEqualTo(1);
        assertThat(retention.purgeExpiredPools()).as("once only").isZero();

        Actors.resident(fanny, Role.FACILITATOR);
        List<PoolEntry> left = volunteering.pool(panel);
        assertThat(left).hasSize((int) seats.seats(panel).stream()
                .filter(seat -> seat.status() == SeatStatus.ACCEPTED && seat.fromApp()).count());
        assertThat(left).allMatch(PoolEntry::fromApp);
        assertThat(seats.memberComposition(panel)).isEqualTo(composition);
        assertThat(draws.verify(panel)).allMatch(DrawCheck::allMatch);
    }

    @Test
    void volunteering_is_open_only_within_the_recruitment_window() {
        Actors.resident(fanny, Role.FACILITATOR);
        PanelForm form = fixtures.form(commune, 4);
        panels.editPanel(panel, new PanelForm(form.question(), form.authority(), form.territoryId(), 4, 1,
                java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 3, 31), form.quotas(), form.sessions()));
        Actors.resident(fixtures.resident("camille"));
        clock.setTo(Instant.parse("2027-02-28T12:00:00Z"));
        assertRefused(() -> volunteering.volunteer(panel, PanelFixtures.features("male", "Le Bourg"), true),
                "panel.error.outsideWindow");
        clock.setTo(Instant.parse("2027-03-31T20:00:00Z"));
        volunteering.volunteer(panel, PanelFixtures.features("male", "Le Bourg"), true);
        // 23:30 in UTC is already April 1st in the territory (Europe/Paris, summer time).
        clock.setTo(Instant.parse("2027-03-31T23:30:00Z"));
        assertRefused(() -> volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true),
                "panel.error.outsideWindow");
        assertThat(volunteering.myDeclaration(panel)).get().extracting(PoolEntry::features)
                .isEqualTo(PanelFixtures.features("male", "Le Bourg"));
    }

    @Test
    void a_resident_downloads_their_panel_data_and_erasure_keeps_the_counts_right() {
        long camille = fixtures.resident("camille");
        Actors.resident(camille);
        volunteering.volunteer(panel, PanelFixtures.features("female", "Le Bourg"), true);
        PersonalData mine = personalData.stream().filter(data -> data.section().equals("panels")).findFirst().orElseThrow();
        assertThat(mine.export(camille).toString()).contains("Le Bourg").contains("female");

        mine.erase(camille);
        assertThat(volunteering.myDeclaration(panel)).isEmpty();
        assertThat(volunteering.poolSize(panel)).isZero();
        assertThat(mine.export(camille).toString()).doesNotContain("Le Bourg");
    }

    @Test
    void the_open_dataset_counts_members_per_feature_and_names_nobody() {
        Actors.resident(fanny, Role.FACILITATOR);
        files.importPool(panel, null, RESPONDENTS);
        draws.publishLottery(panel, "Le Loto du samedi");
        draws.draw(panel, "7");
        seats.seats(panel).stream().filter(seat -> seat.status() == SeatStatus.OFFERED)
                .forEach(seat -> seats.recordAnswer(seat.seatId(), true));
        Actors.visitor();
        OpenDataset dataset = datasets.stream().filter(set -> set.name().equals("panels")).findFirst().orElseThrow();
        List<Object[]> rows = new ArrayList<>();
        dataset.forEachRow(rows::add);
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(dataset.columns().size()));
        assertThat(rows.stream().filter(row -> row[6].equals("gender")).mapToInt(row -> (Integer) row[10]).sum())
                .isEqualTo(4);
        assertThat(rows.stream().flatMap(java.util.Arrays::stream).map(String::valueOf))
                .noneMatch(value -> value.startsWith("p") && value.length() == 2);
    }

    /** The refusal as the panel pages show it, from the bundles alone: no English detail from the CSV reader. */
    static String inFrench(DomainException refusal) {
        return translated(refusal, Locale.FRENCH);
    }

    static String inEnglish(DomainException refusal) {
        return translated(refusal, Locale.ENGLISH);
    }

    private static String translated(DomainException refusal, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        return new MessageFormat(bundle.getString(refusal.messageKey()), locale).format(refusal.arguments());
    }
}
