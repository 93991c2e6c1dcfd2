package fr.sensiblecity.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.sensiblecity.support.MariaDbTest;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An upload the browser did not limit (a direct POST) stops being read on the server past the limit. */
@MariaDbTest
class BoundedUploadTest extends SpringBrowserlessTest {

    private static final int LIMIT = 1000;

    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private final BoundedUpload handler = new BoundedUpload(LIMIT, "panel.error.poolFileSize", new Object[] {5},
            (fileName, data) -> received.set(data));
    private long served;

    @Test
    void a_body_of_unknown_length_is_read_only_up_to_the_limit_then_refused_with_a_sentence() throws Exception {
        UploadEvent event = upload(-1, endless());

        assertThat(served).as("bytes read from a body that never ends").isLessThan(LIMIT + 64 * 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("Le fichier dépasse 5 Mo : rien n'a été importé.");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Le fichier dépasse 5 Mo : rien n'a été importé.");
        assertThat(received.get()).isNull();
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_a_byte_is_read() throws Exception {
        UploadEvent event = upload(50L * 1024 * 1024, endless());

        assertThat(served).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(received.get()).isNull();
    }

    @Test
    void a_body_within_the_limit_is_handed_over_whole() throws Exception {
        byte[] content = new byte[LIMIT];
        Arrays.fill(content, (byte) 'x');
        UploadEvent event = upload(-1, new java.io.ByteArrayInputStream(content));

        assertThat(event.isRejected()).isFalse();
        assertThat(received.get()).isEqualTo(content);
    }

    private UploadEvent upload(long declaredSize, InputStream body) throws Exception {
        Upload upload = new Upload(handler);
        UI.getCurrent().add(upload);
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "respondents.csv", declaredSize, "text/csv", upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();
        return event;
    }

    private InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                served++;
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                served += length;
                return length;
            }
        };
    }
}
