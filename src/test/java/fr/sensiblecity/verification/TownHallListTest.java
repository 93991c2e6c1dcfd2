package fr.sensiblecity.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditEntry;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.MutableClock;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The town hall's list: who may upload it, what it keeps, what a bad file does, and who it verifies at sign-in. */
@MariaDbTest
class TownHallListTest {

    /** The electoral roll as a French office suite saves it: byte-order mark, semicolons, a header, CRLF. */
    private static final String ROLL = "\uFEFFNom;Prénoms;Date de naissance;Code postal\r\n"
            + "LEFÈVRE;Élodie Marie;04/05/1980;\r\n"
            + "Le Goff;Yann;1975-11-30;29000\r\n"
            + "\r\n"
            + "\"Dupont-Moretti\";\"Anne, Sophie\";12/01/1990;\r\n";

    @Autowired
    TownHallLists lists;

    @Autowired
    VerificationService verifications;

    @Autowired
    ResidencyCheck check;

    @Autowired
    ResidencyRules rules;

    @Autowired
    TerritoryService territories;

    @Autowired
    ResidentService residents;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CleanDatabase database;

    @Autowired
    MutableClock clock;

    TerritorySummary valbrume;
    TerritorySummary bellerive;
    long admin;
    long elodie;
    long mediator;
    long moderator;

    @BeforeEach
    void twoCommunesAndTheirPeople() {
        database.wipe();
        clock.setTo(Instant.parse("2026-03-01T10:00:00Z"));
        Actors.system();
        valbrume = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 860, 2023, true, List.of("Le Bourg")));
        bellerive = territories.createTerritory(new TerritoryForm("Bellerive", "99105", 18700, 2023, false, List.of("La Gare")));
        Actors.clear();
        admin = residents.signIn("demo", "adrien", "Adrien").id();
        elodie = residents.signIn("https://idp.example", "elodie", "Élo").id();
        mediator = residents.signIn("demo", "maelle", "Maëlle").id();
        moderator = residents.signIn("demo", "morgane", "Morgane").id();
    }

    @AfterEach
    void reset() {
        Actors.clear();
        clock.reset();
    }

    @Test
    void only_administrators_upload_a_list_or_see_its_size_and_the_upload_is_audited_by_its_row_count() {
        for (Runnable someone : everyoneButAdministrators()) {
            someone.run();
            assertThatThrownBy(() -> lists.replaceList(valbrume.id(), csv(ROLL))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lists.listOf(valbrume.id())).isInstanceOf(AccessDeniedException.class);
        }
        Actors.resident(admin, Role.ADMINISTRATOR);
        assertThat(lists.listOf(valbrume.id())).isEmpty();
        TownHallList list = lists.replaceList(valbrume.id(), csv(ROLL));
        assertThat(list.rows()).isEqualTo(3);
        assertThat(lists.listOf(valbrume.id())).contains(new TownHallList(valbrume.id(), 3, clock.instant()));
        assertThat(lists.listOf(bellerive.id())).isEmpty();
        AuditEntry entry = audit.newestFirst(0, 1).getFirst();
        assertThat(entry.action()).isEqualTo("TOWN_HALL_LIST_UPLOADED");
        assertThat(entry.actorId()).isEqualTo(admin);
        assertThat(entry.targetId()).isEqualTo(valbrume.id());
        assertThat(AuditDetails.decode(entry.reason()).orElseThrow()).extracting(detail -> detail.value())
                .containsExactly("3");
        assertThat(entry.reason()).doesNotContainIgnoringCase("lef").doesNotContain("1980");
    }

    @Test
    void a_listed_resident_signing_in_is_verified_for_that_territory_and_an_unlisted_one_is_not() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        rules.changeRules(valbrume.id(), Set.of(VerifiedAction.SUPPORT_IDEA));
        lists.replaceList(valbrume.id(), csv(ROLL));
        Actors.clear();

        // The provider writes the names its own way: all given names, no accents, another case.
        List<MyVerification> made = lists.matchAtSignIn(elodie,
                new AssertedIdentity("Lefevre", "ELODIE MARIE", "1980-05-04", null));
        assertThat(made).singleElement().satisfies(verification -> {
            assertThat(verification.territoryId()).isEqualTo(valbrume.id());
            assertThat(verification.method()).isEqualTo(VerificationMethod.TOWN_HALL_LIST);
            assertThat(verification.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(730)));
        });
        assertThat(check.mayAct(elodie, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isTrue();
        AuditEntry entry = audit.newestFirst(0, 1).getFirst();
        assertThat(entry.action()).isEqualTo("RESIDENCY_VERIFIED_BY_LIST");
        assertThat(entry.actorId()).isNull();
        assertThat(entry.targetId()).isEqualTo(elodie);
        // Signing in again changes nothing while the verification holds.
        assertThat(lists.matchAtSignIn(elodie, new AssertedIdentity("Lefevre", "Elodie", "1980-05-04", null))).isEmpty();

        long other = residents.signIn("https://idp.example", "other", "Autre").id();
        // Another birth date, another first given name, a Cyrillic look-alike: three other people.
        assertThat(lists.matchAtSignIn(other, new AssertedIdentity("Lefèvre", "Élodie", "1980-05-05", null))).isEmpty();
        assertThat(lists.matchAtSignIn(other, new AssertedIdentity("Lefèvre", "Marie Élodie", "1980-05-04", null))).isEmpty();
        assertThat(lists.matchAtSignIn(other, new AssertedIdentity("L\u0435f\u0435vre", "Élodie", "1980-05-04", null)))
                .isEmpty();
        // A row with a postcode matches only a provider that gives that postcode.
        assertThat(lists.matchAtSignIn(other, new AssertedIdentity("LE GOFF", "Yann", "1975-11-30", null))).isEmpty();
        assertThat(lists.matchAtSignIn(other, new AssertedIdentity("LE GOFF", "Yann", "1975-11-30", "29200"))).isEmpty();
        assertThat(check.mayAct(other, valbrume.id(), VerifiedAction.SUPPORT_IDEA)).isFalse();
        assertThat(lists.matchAtSignIn(other, new AssertedIdentity("legoff", "yann", "1975-11-30", "29000")))
                .singleElement().extracting(MyVerification::territoryId).isEqualTo(valbrume.id());
        // A compound family name in quotes, given names separated by commas.
        long anne = residents.signIn("https://idp.example", "anne", "Anne").id();
        assertThat(lists.matchAtSignIn(anne, new AssertedIdentity("Dupont Moretti", "Anne Sophie", "1990-01-12", null)))
                .hasSize(1);
    }

    @Test
    void a_list_verification_expires_is_renewed_at_the_next_sign_in_and_can_be_revoked() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        lists.replaceList(valbrume.id(), csv(ROLL));
        Actors.clear();
        AssertedIdentity identity = new AssertedIdentity("Lefevre", "Elodie", "1980-05-04", null);
        long first = lists.matchAtSignIn(elodie, identity).getFirst().id();

        clock.advance(Duration.ofDays(731));
        Actors.resident(elodie);
        assertThat(verifications.myVerifications()).isEmpty();
        Actors.clear();
        assertThat(lists.matchAtSignIn(elodie, identity)).hasSize(1);

        Actors.resident(admin, Role.ADMINISTRATOR);
        long renewed = verifications.verifiedIn(valbrume.id()).getFirst().id();
        assertThat(renewed).isNotEqualTo(first);
        verifications.revoke(renewed);
        Actors.resident(elodie);
        assertThat(verifications.myVerifications()).isEmpty();
    }

    @Test
    void a_new_list_replaces_the_old_one_and_a_bad_file_changes_nothing_and_names_its_line() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        lists.replaceList(valbrume.id(), csv(ROLL));
        Map<String, Object> before = jdbc.queryForMap("select * from town_hall_list where territory_id = ?", valbrume.id());
        List<String> hashesBefore = hashes(valbrume.id());
        clock.advance(Duration.ofDays(1));

        assertRefused("Nom;Prénoms;Naissance\nMartin;Paul;01/02/1970\nDurand;Léa;31/02/1985\n",
                "verification.list.error.birthDate", 3L);
        assertRefused("Martin,Paul,01/02/1970\nDurand,,02/03/1985\n", "verification.list.error.givenNames", 2L);
        assertRefused("Martin;Paul;01/02/1970\n;Léa;02/03/1985\n", "verification.list.error.familyName", 2L);
        assertRefused("Martin;Paul;01/02/1970\nDurand;Léa\n", "verification.list.error.columns", 2L);
        assertRefused("Martin;Paul;01/02/1970;750\n", "verification.list.error.postcode", 1L);
        assertRefused("Martin;Paul;01/02/2070\n", "verification.list.error.birthDate", 1L);
        assertRefused("Martin;Paul;01/02/1970\n\"Durand;Léa;02/03/1985\n", "verification.list.error.malformed", "2");
        assertRefused("Nom;Prénoms;Date de naissance\n", "verification.list.error.empty");
        assertThatThrownBy(() -> lists.replaceList(valbrume.id(),
                new ByteArrayInputStream("Lef\u00e8vre;\u00c9lodie;04/05/1980\n".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("verification.list.error.notUtf8"));
        assertThat(jdbc.queryForMap("select * from town_hall_list where territory_id = ?", valbrume.id())).isEqualTo(before);
        assertThat(hashes(valbrume.id())).isEqualTo(hashesBefore);
        Actors.clear();
        assertThat(lists.matchAtSignIn(elodie, new AssertedIdentity("Lefevre", "Elodie", "1980-05-04", null))).hasSize(1);

        // The next roll no longer has Élodie but has Paul; its salt is new, so old and new hashes share nothing.
        Actors.resident(admin, Role.ADMINISTRATOR);
        assertThat(lists.replaceList(valbrume.id(), csv("Martin,Paul,1970-02-01\n")).rows()).isEqualTo(1);
        assertThat(hashes(valbrume.id())).hasSize(1).doesNotContainAnyElementsOf(hashesBefore);
        assertThat(jdbc.queryForObject("select salt from town_hall_list where territory_id = ?", String.class,
                valbrume.id())).isNotEqualTo(before.get("salt"));
        Actors.clear();
        long paul = residents.signIn("https://idp.example", "paul", "Paul").id();
        long lea = residents.signIn("https://idp.example", "lea", "Léa").id();
        assertThat(lists.matchAtSignIn(paul, new AssertedIdentity("MARTIN", "Paul", "1970-02-01", null))).hasSize(1);
        assertThat(lists.matchAtSignIn(lea, new AssertedIdentity("Lefevre", "Elodie", "1980-05-04", null))).isEmpty();
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_without_being_read_whole() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        long max = lists.maxFileBytes();
        byte[] row = "Martin;Paul;01/02/1970\n".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long given;

            @Override
            public int read() {
                assertThat(given).as("read past the limit").isLessThan(max + 64 * 1024);
                return row[(int) (given++ % row.length)];
            }
        };
        assertThatThrownBy(() -> lists.replaceList(valbrume.id(), endless)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("verification.list.error.tooLarge"));
        assertThat(lists.listOf(valbrume.id())).isEmpty();
    }

    @Test
    void the_database_holds_no_clear_name_or_birth_date_after_an_upload_and_a_match() {
        Actors.resident(admin, Role.ADMINISTRATOR);
        lists.replaceList(valbrume.id(), csv("Quenouillère;Aubépine Zoé;19/08/1937;04170\n"
                + "Wojciechowski;Xavière;1941-07-23;\n"));
        Actors.clear();
        assertThat(lists.matchAtSignIn(elodie, new AssertedIdentity("Wojciechowski", "Xavière", "1941-07-23", null)))
                .hasSize(1);

        // Words that no hexadecimal hash can hold (letters past f, dashes, slashes), in every text column.
        List<String> clear = List.of("quenouill", "aubépine", "aubepine", "zoé", "wojciech", "xavi",
                "1937-08-19", "19/08/1937", "1941-07-23", "23/07/1941");
        List<Map<String, Object>> textColumns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = database() and data_type in "
                + "('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext', 'json')");
        assertThat(textColumns).extracting(column -> column.get("table_name")).contains("town_hall_list_entry",
                "town_hall_list", "residency_verification", "audit_entry", "resident");
        for (Map<String, Object> column : textColumns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String word : clear) {
                Integer found = jdbc.queryForObject("select count(*) from `" + table + "` where lower(`" + name
                        + "`) like ?", Integer.class, "%" + word + "%");
                assertThat(found).as(table + "." + name + " holds '" + word + "'").isZero();
            }
        }
        assertThat(jdbc.queryForList("select entry_hash from town_hall_list_entry", String.class))
                .hasSize(2).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    private List<String> hashes(long territoryId) {
        return jdbc.queryForList("select entry_hash from town_hall_list_entry where territory_id = ? order by entry_hash",
                String.class, territoryId);
    }

    private void assertRefused(String file, String key, Object... arguments) {
        assertThatThrownBy(() -> lists.replaceList(valbrume.id(), csv(file))).isInstanceOfSatisfying(
                DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.arguments()).containsExactly(arguments);
                });
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Runnable> everyoneButAdministrators() {
        return List.of(Actors::visitor, () -> Actors.resident(elodie), () -> Actors.resident(moderator, Role.MODERATOR),
                () -> Actors.resident(mediator, Role.MEDIATOR), () -> Actors.resident(elodie, Role.FACILITATOR));
    }
}
