package fr.sensiblecity.panels.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.sensiblecity.panels.DocumentNames;
import fr.sensiblecity.panels.EvidenceService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** What a browser receives for an evidence document: a safe header, the checked type, nosniff, the bytes. */
class EvidenceDownloadTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, String> headers = new HashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void a_crafted_name_cannot_break_out_of_the_header_or_change_the_saved_type() throws Exception {
        VaadinResponse response = serve(Optional.of(new EvidenceService.Document(
                DocumentNames.clean("evil.html\"; x=\".pdf\r\nSet-Cookie: a=b"), "application/pdf", PDF)));

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
        serve(Optional.of(new EvidenceService.Document(DocumentNames.clean("Étude d'impact.pdf"), "application/pdf",
                PDF)));

        assertThat(headers.get("Content-Disposition")).isEqualTo("attachment; filename=\"Etude d'impact.pdf\"; "
                + "filename*=UTF-8''%C3%89tude%20d%27impact.pdf");
    }

    @Test
    void a_removed_document_is_not_found() throws Exception {
        VaadinResponse response = serve(Optional.empty());

        verify(response).setStatus(404);
        assertThat(body.size()).isZero();
    }

    private VaadinResponse serve(Optional<EvidenceService.Document> document) throws Exception {
        EvidenceService evidence = mock(EvidenceService.class);
        when(evidence.document(7)).thenReturn(document);
        VaadinResponse response = mock(VaadinResponse.class);
        Mockito.doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(Mockito.anyString(), Mockito.anyString());
        when(response.getOutputStream()).thenReturn(body);
        new EvidenceDownload(evidence, 7).handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                mock(VaadinSession.class), new Element("a")));
        return response;
    }
}
