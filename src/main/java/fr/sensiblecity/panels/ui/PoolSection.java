package fr.sensiblecity.panels.ui;

import fr.sensiblecity.base.ui.BoundedUpload;
import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.panels.PoolEntry;
import fr.sensiblecity.panels.PoolFiles;
import fr.sensiblecity.panels.VolunteerService;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The pool, for facilitators: who is in it with which features, and the practitioners' files in and out. */
class PoolSection extends VerticalLayout {

    private final String[] uploaded = new String[2];

    PoolSection(VolunteerService volunteering, PoolFiles files, PanelDetails panel, Runnable refresh) {
        setPadding(false);
        setId("pool-section");
        List<PoolEntry> pool = volunteering.pool(panel.id());
        add(new H2(getTranslation("panelManage.pool", pool.size())));
        add(new HorizontalLayout(PanelText.download("categories.csv", "text/csv",
                () -> files.exportCategories(panel.id()), getTranslation("panelManage.export", "categories.csv")),
                PanelText.download("respondents.csv", "text/csv", () -> files.exportRespondents(panel.id()),
                        getTranslation("panelManage.export", "respondents.csv"))));
        if (panel.phase() == PanelPhase.RECRUITING) {
            add(new Paragraph(getTranslation("panelManage.importIntro")));
            Upload categories = upload(files.maxFileBytes(), 0, "panelManage.categoriesFile");
            Upload respondents = upload(files.maxFileBytes(), 1, "panelManage.respondentsFile");
            Button importButton = new Button(getTranslation("panelManage.import"), click -> {
                if (uploaded[1] == null) {
                    Notifications.refused(new DomainException("panel.error.noRespondentsFile"));
                    return;
                }
                try {
                    int count = files.importPool(panel.id(), uploaded[0], uploaded[1]);
                    Notifications.success(getTranslation("panelManage.imported", count));
                    refresh.run();
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            importButton.setId("import-pool");
            add(categories, respondents, importButton);
        }
        Grid<PoolEntry> grid = new Grid<>();
        grid.setId("pool");
        ReadableGrid.wrap(grid);
        grid.setAllRowsVisible(pool.size() <= 50);
        grid.addColumn(PoolEntry::poolId).setHeader(getTranslation("panelManage.poolId")).setAutoWidth(true);
        grid.addColumn(entry -> entry.fromApp() ? getTranslation("panelManage.fromApp") : entry.externalId())
                .setHeader(getTranslation("panelManage.source"));
        grid.addColumn(entry -> VolunteerSection.describe(entry.features()))
                .setHeader(getTranslation("panelManage.features"));
        grid.setItems(pool);
        add(grid);
    }

    private Upload upload(long max, int slot, String labelKey) {
        // A file over the limit leaves the slot as it was: no half-read file is imported.
        Upload upload = new Upload(new BoundedUpload(max, "panel.error.poolFileSize",
                new Object[] {max / (1024 * 1024)}, (fileName, data) -> uploaded[slot] = new String(data,
                        StandardCharsets.UTF_8)));
        upload.setId(slot == 0 ? "categories-file" : "respondents-file");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setDropAllowed(false);
        upload.getElement().setAttribute("aria-label", getTranslation(labelKey));
        upload.setUploadButton(new Button(getTranslation(labelKey)));
        return upload;
    }
}
