package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Free text made into text that shows as it reads, and measured as a reader sees it. */
class FreeTextTest {

    @Test
    void a_title_of_only_invisible_characters_is_empty_and_fails_any_minimum() {
        String invisible = "\u0085\u2028\u2029\u00a0\u202f\u200b\u2060\ufeff\u200e\u202e\u2066\u200d\u200d";
        assertThat(FreeText.singleLine(invisible)).as("loose joiners go too").isEmpty();
        assertThat(FreeText.fits(FreeText.singleLine(invisible), 1, 120)).isFalse();
        assertThat(FreeText.fits(FreeText.singleLine("\u3164\u3164\u3164\u3164\u3164"), 5, 120))
                .as("Hangul fillers draw nothing").isFalse();
        assertThat(FreeText.fits(FreeText.singleLine("Vélos"), 5, 120)).isTrue();
    }

    @Test
    void line_breaks_of_every_kind_become_one_space_on_a_line_and_a_newline_in_paragraphs() {
        assertThat(FreeText.singleLine("Des\u0085vélos\u2028au\u2029bourg\u00a0!")).isEqualTo("Des vélos au bourg !");
        assertThat(FreeText.multiLine("Un\u2028deux\u0085trois\r\nquatre\u2029\n\n\ncinq"))
                .isEqualTo("Un\ndeux\ntrois\nquatre\n\ncinq");
        assertThat(FreeText.multiLine("- liste\n  - sous-liste   \n")).as("indentation stays")
                .isEqualTo("- liste\n  - sous-liste");
    }

    @Test
    void bidirectional_overrides_and_isolates_are_taken_out_so_words_show_in_the_order_typed() {
        assertThat(FreeText.singleLine("Parc \u202egnp.exe\u202c de la gare")).isEqualTo("Parc gnp.exe de la gare");
        assertThat(FreeText.singleLine("\u202a\u202b\u202d\u2066\u2067\u2068a\u2069b")).isEqualTo("ab");
        assertThat(FreeText.singleLine("\u05e9\u05dc\u05d5\u05dd Paris")).as("right-to-left letters stay")
                .isEqualTo("\u05e9\u05dc\u05d5\u05dd Paris");
    }

    @Test
    void text_is_composed_so_the_same_word_is_stored_the_same_way() {
        String decomposed = "Ve\u0301lo";
        assertThat(FreeText.singleLine(decomposed)).isEqualTo("Vélo").hasSize(4);
        assertThat(FreeText.visibleLength("e\u0301\u0301\u0301\u0301")).as("stacked marks count once").isEqualTo(1);
        assertThat(FreeText.visibleLength("\uD83C\uDDEB\uD83C\uDDF7")).as("a flag is one character").isEqualTo(1);
    }

    @Test
    void emoji_and_joined_letters_keep_their_joiners_and_count_as_what_is_stored() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(FreeText.singleLine(family)).isEqualTo(family);
        assertThat(FreeText.visibleLength(family)).as("one family, one character").isEqualTo(1);
        String scotland = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
        assertThat(FreeText.singleLine(scotland)).isEqualTo(scotland);
        assertThat(FreeText.fits("\uD83D\uDE00".repeat(5), 5, 5)).as("one emoji is one character").isTrue();
        assertThat(FreeText.fits("a".repeat(6), 5, 5)).isFalse();
    }

    @Test
    void a_lone_surrogate_is_refused_with_a_sentence_instead_of_being_stored_as_a_question_mark() {
        assertBroken("Des v\uD83Dlos");
        assertBroken("Des v\uDE00los");
        assertBroken("fin\uD83D");
        assertThat(FreeText.singleLine("Des v\uD83D\uDE00los")).isEqualTo("Des v\uD83D\uDE00los");
    }

    @Test
    void nothing_typed_is_empty_text() {
        assertThat(FreeText.singleLine(null)).isEmpty();
        assertThat(FreeText.multiLine("  \n\t ")).isEmpty();
    }

    private static void assertBroken(String typed) {
        assertThatThrownBy(() -> FreeText.singleLine(typed)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("text.error.brokenUnicode");
        assertThatThrownBy(() -> FreeText.multiLine(typed)).isInstanceOf(DomainException.class);
    }
}
