package fr.sensiblecity.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How names and dates typed in a town hall's file and asserted by a provider are made to compare equal. */
class ListedIdentityTest {

    private static final byte[] SALT = "a salt of thirty-two bytes......".getBytes();

    @Test
    void case_accents_and_ligatures_do_not_matter() {
        assertThat(ListedIdentity.familyName("LEFÈVRE")).isEqualTo(ListedIdentity.familyName("Lefevre"))
                .isEqualTo("lefevre");
        assertThat(ListedIdentity.firstGivenName("ÉLODIE")).isEqualTo(ListedIdentity.firstGivenName("élodie"))
                .isEqualTo("elodie");
        assertThat(ListedIdentity.firstGivenName("Lætitia")).isEqualTo("laetitia");
        assertThat(ListedIdentity.familyName("Cœur")).isEqualTo(ListedIdentity.familyName("COEUR"));
        assertThat(ListedIdentity.familyName("Straße")).isEqualTo(ListedIdentity.familyName("STRASSE"));
        assertThat(ListedIdentity.firstGivenName("Noël")).isNotEqualTo(ListedIdentity.firstGivenName("Noé"));
    }

    @Test
    void hyphens_apostrophes_and_spaces_in_family_names_do_not_matter() {
        String goff = ListedIdentity.familyName("Le Goff");
        assertThat(ListedIdentity.familyName("LE-GOFF")).isEqualTo(goff);
        assertThat(ListedIdentity.familyName("  le   goff ")).isEqualTo(goff);
        assertThat(ListedIdentity.familyName("d'Artagnan")).isEqualTo(ListedIdentity.familyName("D’ARTAGNAN"))
                .isEqualTo(ListedIdentity.familyName("D ARTAGNAN"));
        assertThat(ListedIdentity.familyName("Le Goff")).isNotEqualTo(ListedIdentity.familyName("Le Gof"));
        assertThat(ListedIdentity.familyName(" - ' ")).isEmpty();
    }

    @Test
    void only_the_first_given_name_counts_and_a_compound_one_stays_whole() {
        assertThat(ListedIdentity.firstGivenName("Marie Claire Louise")).isEqualTo("marie");
        assertThat(ListedIdentity.firstGivenName("MARIE, Claire, Louise")).isEqualTo("marie");
        assertThat(ListedIdentity.firstGivenName("  Marie  ")).isEqualTo("marie");
        assertThat(ListedIdentity.firstGivenName("Jean-Pierre Marie")).isEqualTo("jeanpierre")
                .isEqualTo(ListedIdentity.firstGivenName("JEAN-PIERRE, MARIE"));
        assertThat(ListedIdentity.firstGivenName("Jean-Pierre")).isNotEqualTo(ListedIdentity.firstGivenName("Jean"));
        assertThat(ListedIdentity.firstGivenName(" , ")).isEmpty();
    }

    @Test
    void cyrillic_look_alikes_are_another_person_not_folded_into_latin() {
        // "Аdrien" and "Ваlet" begin with Cyrillic letters that look Latin.
        assertThat(ListedIdentity.firstGivenName("\u0410drien")).isNotEqualTo(ListedIdentity.firstGivenName("Adrien"));
        assertThat(ListedIdentity.familyName("\u0412\u0430let")).isNotEqualTo(ListedIdentity.familyName("Balet"));
        LocalDate born = LocalDate.of(1980, 5, 4);
        assertThat(ListedIdentity.hash(SALT, "balet", ListedIdentity.firstGivenName("\u0410drien"), born, null))
                .isNotEqualTo(ListedIdentity.hash(SALT, "balet", "adrien", born, null));
        // Cyrillic names themselves still fold case: "АННА" is "анна".
        assertThat(ListedIdentity.firstGivenName("\u0410\u041d\u041d\u0410")).isEqualTo("\u0430\u043d\u043d\u0430");
    }

    @Test
    void french_and_iso_dates_are_one_date_and_impossible_dates_none() {
        assertThat(ListedIdentity.birthDate("04/05/1980")).contains(LocalDate.of(1980, 5, 4));
        assertThat(ListedIdentity.birthDate("4/5/1980")).contains(LocalDate.of(1980, 5, 4));
        assertThat(ListedIdentity.birthDate("1980-05-04")).contains(LocalDate.of(1980, 5, 4));
        assertThat(ListedIdentity.birthDate("31/02/1980")).isEmpty();
        assertThat(ListedIdentity.birthDate("1980-13-01")).isEmpty();
        assertThat(ListedIdentity.birthDate("05/1980")).isEmpty();
        assertThat(ListedIdentity.birthDate("0000-05-04")).isEmpty();
    }

    @Test
    void the_same_person_hashes_alike_under_one_salt_and_differently_under_another() {
        LocalDate born = LocalDate.of(1980, 5, 4);
        String once = ListedIdentity.hash(SALT, "legoff", "marie", born, null);
        assertThat(ListedIdentity.hash(SALT, "legoff", "marie", born, null)).isEqualTo(once).hasSize(64);
        assertThat(ListedIdentity.hash("another salt of thirty-two bytes".getBytes(), "legoff", "marie", born, null))
                .isNotEqualTo(once);
        assertThat(ListedIdentity.hash(SALT, "legoff", "marie", born, "29000")).isNotEqualTo(once);
        assertThat(ListedIdentity.hash(SALT, "legoff", "marie", born.plusDays(1), null)).isNotEqualTo(once);
    }
}
