package fr.sensiblecity.panels.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final Path FILE = Path.of("respondents.csv");

    @Test
    void quoted_fields_keep_commas_doubled_quotes_and_line_breaks() {
        List<CsvReader.Row> rows = CsvReader.parse(FILE, "id,note\r\n1,\"a, \"\"b\"\"\nc\"\r\n2,plain\n");

        assertThat(rows).containsExactly(new CsvReader.Row(1, List.of("id", "note")),
                new CsvReader.Row(2, List.of("1", "a, \"b\"\nc")), new CsvReader.Row(4, List.of("2", "plain")));
    }

    @Test
    void blank_lines_are_skipped_and_a_last_line_without_line_break_counts() {
        assertThat(CsvReader.parse(FILE, "id\n\n,\nr1")).containsExactly(new CsvReader.Row(1, List.of("id")),
                new CsvReader.Row(4, List.of("r1")));
    }

    @Test
    void an_unclosed_quote_is_named_with_the_line_where_it_starts() {
        assertThatThrownBy(() -> CsvReader.parse(FILE, "id\n\"r1\nr2\n"))
                .isInstanceOf(SortitionInputException.class)
                .hasMessage("respondents.csv: line 2: a quoted field is never closed");
    }

    @Test
    void a_character_after_a_closing_quote_is_named_with_its_line() {
        assertThatThrownBy(() -> CsvReader.parse(FILE, "id,note\nr1,\"a\"b\n"))
                .isInstanceOfSatisfying(SortitionInputException.class, refusal -> {
                    assertThat(refusal.problem()).isEqualTo("malformed");
                    assertThat(refusal).hasMessageStartingWith("respondents.csv: line 2: ");
                });
    }

    @Test
    void a_byte_order_mark_is_skipped_and_a_defused_cell_reads_as_its_value() {
        assertThat(CsvReader.parse(FILE, "\uFEFFid,note\n'@SUM(A1),'+33 6\n")).containsExactly(
                new CsvReader.Row(1, List.of("id", "note")), new CsvReader.Row(2, List.of("@SUM(A1)", "+33 6")));
    }
}
