package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.BoundedUpload;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.verification.TownHallList;
import fr.sensiblecity.verification.TownHallLists;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The town hall's list of a territory on /admin/verification: its size and date, what the file must hold, and
 * the upload that replaces it. The file goes straight from the upload to the service, which keeps only hashes;
 * the page keeps nothing of it.
 */
class TownHallListSection extends VerticalLayout {

    private final TownHallLists lists;
    private final Paragraph status = new Paragraph();
    private final Upload upload;
    private @Nullable TerritorySummary territory;

    TownHallListSection(TownHallLists lists) {
        this.lists = lists;
        setPadding(false);
        setId("town-hall-list");
        status.setId("town-hall-list-status");
        long max = lists.maxFileBytes();
        upload = new Upload(new BoundedUpload(max, "verification.list.error.tooLarge",
                new Object[] {max / (1024 * 1024)}, (fileName, data) -> replace(data)));
        upload.setId("town-hall-list-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setDropAllowed(false);
        upload.getElement().setAttribute("aria-label", getTranslation("verificationAdmin.list.upload"));
        upload.setUploadButton(new Button(getTranslation("verificationAdmin.list.upload")));
        add(new H2(getTranslation("verificationAdmin.list")), new Paragraph(getTranslation("verificationAdmin.list.help")),
                new Paragraph(getTranslation("verificationAdmin.list.format")), status, upload);
    }

    void show(TerritorySummary chosen) {
        territory = chosen;
        status.setText(lists.listOf(chosen.id())
                .map(list -> getTranslation("verificationAdmin.list.status", list.rows(),
                        Dates.of(list.uploadedAt(), getLocale())))
                .orElseGet(() -> getTranslation("verificationAdmin.list.none")));
    }

    private void replace(byte[] data) {
        TerritorySummary chosen = territory;
        if (chosen == null) {
            return;
        }
        try {
            TownHallList list = lists.replaceList(chosen.id(), new ByteArrayInputStream(data));
            Notifications.success(getTranslation("verificationAdmin.list.replaced", chosen.name(), list.rows()));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        } finally {
            java.util.Arrays.fill(data, (byte) 0);
            upload.clearFileList();
            show(chosen);
        }
    }
}
