package fr.sensiblecity.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.sensiblecity.base.ui.CheckedDownload.StoredFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * What a browser receives for a stored file (a panel's evidence document, an idea's image): a safe header, the checked
 * type, nosniff, the bytes.
 */
class CheckedDownloadTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, String> headers = new HashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void a_crafted_name_cannot_break_out_of_the_header_or_change_the_saved_type() throws Exception {
        // "evil.html\"; x=\".pdf\r\nSet-Cookie: a=b" as the panels' DocumentNames cleans it at upload
        VaadinResponse response = serve(Optional.of(StoredFile.attachment("evil.html x=.pdfSet-Cookie: a=b",
                "application/pdf", PDF)));

        String disposition = headers.get("Content-Disposition");
        assertThat(disposition).isEqualTo("attachment; filename=\"evil.html x=.pdfSet-Cookie: a=b\"; "
                + "filename*=UTF-8''evil.html%20x%3D.pdfSet-Cookie%3A%20a%3Db");
        assertThat(disposition).doesNotContain("\r", "\n", "html\"");
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff");
        verify(response).setContentType("application/pdf");
        assertThat(body.toByteArray()).isEqualTo(PDF);
    }

    @Test
    void a_name_outside_ascii_gets_a_fallback_and_its_utf_8_form() throws Exception {
        serve(Optional.of(StoredFile.attachment("Étude d'impact.pdf", "application/pdf", PDF)));

        assertThat(headers.get("Content-Disposition")).isEqualTo("attachment; filename=\"Etude d'impact.pdf\"; "
                + "filename*=UTF-8''%C3%89tude%20d%27impact.pdf");
    }

    @Test
    void an_image_shown_in_a_page_is_not_an_attachment_and_is_cached_privately_for_a_while() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        VaadinResponse response = serve(Optional.of(StoredFile.inline("image/png", png)));

        assertThat(headers).doesNotContainKey("Content-Disposition")
                .containsEntry("Cache-Control", "private, max-age=300")
                .containsEntry("X-Content-Type-Options", "nosniff");
        verify(response).setContentType("image/png");
        assertThat(body.toByteArray()).isEqualTo(png);
    }

    @Test
    void a_removed_document_is_not_found() throws Exception {
        VaadinResponse response = serve(Optional.empty());

        verify(response).setStatus(404);
        assertThat(body.size()).isZero();
    }

    private VaadinResponse serve(Optional<StoredFile> file) throws Exception {
        VaadinResponse response = mock(VaadinResponse.class);
        Mockito.doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(Mockito.anyString(), Mockito.anyString());
        when(response.getOutputStream()).thenReturn(body);
        new CheckedDownload(() -> file).handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                mock(VaadinSession.class), new Element("a")));
        return response;
    }
}
