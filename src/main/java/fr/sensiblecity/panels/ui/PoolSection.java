package fr.sensiblecity.panels.ui;

import fr.sensiblecity.base.ui.BoundedUpload;
import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/** The pool, for facilitators: who is in it with which features, and the practitioners' files in and out. */
class PoolSection extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(PoolSection.class);

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
            ProgressBar progress = new ProgressBar();
            progress.setId("import-progress");
            progress.setVisible(false);
            progress.getElement().setAttribute("aria-label", getTranslation("panelManage.importing"));
            Span status = new Span();
            status.setId("import-status");
            status.getElement().setAttribute("aria-live", "polite");
            Button importButton = new Button(getTranslation("panelManage.import"));
            importButton.addClickListener(click -> {
                if (uploaded[1] == null) {
                    Notifications.refused(new DomainException("panel.error.noRespondentsFile"));
                    return;
                }
                importButton.setEnabled(false);
                progress.setIndeterminate(true);
                progress.setVisible(true);
                status.setText(getTranslation("panelManage.importing"));
                importInBackground(files, panel.id(), uploaded[0], uploaded[1], new ImportDisplay(importButton,
                        progress, status, refresh));
            });
            importButton.setId("import-pool");
            add(categories, respondents, importButton, progress, status);
        }
        Grid<PoolEntry> grid = new Grid<>();
        grid.setId("pool");
        ReadableGrid.wrap(grid);
        grid.setAllRowsVisible(pool.size() <= 50);
        grid.addColumn(PoolEntry::poolId).setHeader(getTranslation("panelManage.poolId")).setAutoWidth(true);
        grid.addColumn(entry -> entry.fromApp() ? getTranslation("panelManage.fromApp") : entry.externalId())
                .setHeader(getTranslation("panelManage.source"));
        grid.addColumn(entry -> PanelText.features(this, entry.features()))
                .setHeader(getTranslation("panelManage.features"));
        grid.setItems(pool);
        add(grid);
    }

    /** What the page shows of an import under way. */
    private record ImportDisplay(Button button, ProgressBar progress, Span status, Runnable refresh) {

        void written(int rows, int total) {
            progress.setIndeterminate(false);
            progress.setValue(total == 0 ? 1 : (double) rows / total);
            status.setText(status.getTranslation("panelManage.importProgress", rows, total));
        }

        void done() {
            button.setEnabled(true);
            progress.setVisible(false);
            status.setText("");
        }
    }

    /**
     * Imports off the page's lock, so that the facilitator's page (and the other pages of their session) answer
     * while a large pool is written; the page shows how far it has gone, then the result. The import runs as the
     * facilitator who started it.
     */
    private static void importInBackground(PoolFiles files, long panelId, String categories, String respondents,
            ImportDisplay display) {
        UI ui = UI.getCurrent();
        Runnable work = () -> {
            try {
                int count = files.importPool(panelId, categories, respondents,
                        (rows, total) -> ui.access(() -> display.written(rows, total)));
                ui.access(() -> {
                    display.done();
                    Notifications.success(ui.getTranslation("panelManage.imported", count));
                    display.refresh().run();
                });
            } catch (DomainException refused) {
                ui.access(() -> {
                    display.done();
                    Notifications.refused(refused);
                });
            } catch (RuntimeException failed) {
                LOG.error("Pool import of panel {} failed", panelId, failed);
                ui.access(() -> {
                    display.done();
                    Notifications.error(ui.getTranslation("error.unexpected.message"));
                });
            }
        };
        Thread.ofVirtual().name("pool-import-" + panelId)
                .start(DelegatingSecurityContextRunnable.create(work, SecurityContextHolder.getContext()));
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
