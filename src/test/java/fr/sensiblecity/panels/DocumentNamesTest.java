package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name an evidence document is saved under, whatever the browser sent. */
class DocumentNamesTest {

    @Test
    void quotes_semicolons_and_line_breaks_that_could_forge_a_header_are_dropped() {
        assertThat(DocumentNames.clean("evil.html\"; x=\".pdf\r\nSet-Cookie: a=b"))
                .isEqualTo("evil.html x=.pdfSet-Cookie: a=b");
    }

    @Test
    void only_the_last_part_of_a_path_is_kept_and_a_bidirectional_override_cannot_disguise_the_type() {
        assertThat(DocumentNames.clean("C:\\Users\\anne\\rapport\u202Efdp.exe")).isEqualTo("rapportfdp.exe");
        assertThat(DocumentNames.clean("../../.htaccess")).isEqualTo("htaccess");
    }

    @Test
    void an_empty_name_becomes_document_and_a_long_one_keeps_its_extension() {
        assertThat(DocumentNames.clean("  ")).isEqualTo("document");
        assertThat(DocumentNames.clean("a".repeat(300) + ".pdf")).hasSize(DocumentNames.MAX).endsWith(".pdf");
    }
}
