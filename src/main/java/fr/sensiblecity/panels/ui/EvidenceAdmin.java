package fr.sensiblecity.panels.ui;

import fr.sensiblecity.base.ui.BoundedUpload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.EvidenceItem;
import fr.sensiblecity.panels.EvidenceService;
import fr.sensiblecity.panels.EvidenceSource;
import fr.sensiblecity.panels.ExpertRequest;
import fr.sensiblecity.panels.PanelDetails;

/**
 * Facilitators add to the evidence library (a link, or a document uploaded with its title, from an expert, a
 * stakeholder organisation or the facilitation team), remove an item from it, and read the members' requests for
 * experts.
 */
class EvidenceAdmin extends VerticalLayout {

    EvidenceAdmin(EvidenceService evidence, PanelDetails panel, Runnable refresh) {
        setPadding(false);
        setId("evidence-admin");
        add(new H2(getTranslation("panelManage.evidence")));
        TextField title = new TextField(getTranslation("panelManage.evidenceTitle"));
        title.setMaxLength(200);
        title.setId("evidence-title");
        Select<EvidenceSource> source = new Select<>();
        source.setLabel(getTranslation("panelManage.evidenceSource"));
        source.setItems(EvidenceSource.values());
        source.setItemLabelGenerator(item -> item == null ? "" : getTranslation(item.labelKey()));
        source.setValue(EvidenceSource.EXPERT);
        TextField sourceName = new TextField(getTranslation("panelManage.evidenceSourceName"));
        sourceName.setMaxLength(200);
        sourceName.setId("evidence-source-name");
        TextField url = new TextField(getTranslation("panelManage.evidenceUrl"));
        url.setMaxLength(500);
        url.setId("evidence-url");
        title.setRequiredIndicatorVisible(true);
        sourceName.setRequiredIndicatorVisible(true);
        url.setRequiredIndicatorVisible(true);
        if (EvidenceService.acceptsEvidence(panel.phase())) {
            Button addLink = new Button(getTranslation("panelManage.addLink"), click -> {
                try {
                    evidence.addLink(panel.id(), title.getValue(), url.getValue(), source.getValue(),
                            sourceName.getValue());
                    Notifications.success(getTranslation("panelManage.evidenceAdded"));
                    refresh.run();
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            addLink.setId("add-link");
            long max = evidence.maxDocumentBytes();
            Upload document = new Upload(new BoundedUpload(max, "panel.error.evidenceSize",
                    new Object[] {max / (1024 * 1024)}, (fileName, data) -> {
                        try {
                            evidence.addDocument(panel.id(), title.getValue(), fileName, data, source.getValue(),
                                    sourceName.getValue());
                            Notifications.success(getTranslation("panelManage.evidenceAdded"));
                            refresh.run();
                        } catch (DomainException refused) {
                            Notifications.refused(refused);
                        }
                    }));
            document.setId("evidence-document");
            document.setAcceptedFileTypes(".pdf", ".odt", ".docx", ".png", ".jpg", ".jpeg");
            document.setMaxFiles(1);
            document.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
            document.setDropAllowed(false);
            document.setUploadButton(new Button(getTranslation("panelManage.addDocument")));
            add(new Paragraph(getTranslation("panelManage.evidenceHelp")), title, source, sourceName, url, addLink,
                    document);
        } else {
            add(new Paragraph(getTranslation("panelManage.evidenceClosed")));
        }
        add(library(evidence, panel, refresh));
        add(new H2(getTranslation("panelManage.expertRequests")));
        UnorderedList requests = new UnorderedList();
        requests.setId("expert-requests");
        for (ExpertRequest request : evidence.expertRequests(panel.id())) {
            requests.add(new ListItem(getTranslation("panelManage.expertRequest", request.question(),
                    request.askedBy() == null ? getTranslation("panelManage.formerResident") : request.askedBy(),
                    PanelText.dateTime(this, request.createdAt()))));
        }
        add(requests.getChildren().findAny().isPresent() ? requests
                : new Paragraph(getTranslation("panelManage.noExpertRequest")));
    }

    /** The library as it stands, each item with a remove button that names it for screen readers. */
    private com.vaadin.flow.component.Component library(EvidenceService evidence, PanelDetails panel,
            Runnable refresh) {
        UnorderedList items = new UnorderedList();
        items.setId("evidence-library-admin");
        for (EvidenceItem item : evidence.library(panel.id())) {
            Button remove = new Button(getTranslation("panelManage.removeEvidence"), click -> {
                try {
                    evidence.removeEvidence(panel.id(), item.id());
                    Notifications.success(getTranslation("panelManage.evidenceRemoved", item.title()));
                    refresh.run();
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            remove.setId("remove-evidence-" + item.id());
            remove.setAriaLabel(getTranslation("panelManage.removeEvidenceLabel", item.title()));
            items.add(new ListItem(new com.vaadin.flow.component.html.Span(item.title()), remove));
        }
        return items.getChildren().findAny().isPresent() ? items
                : new Paragraph(getTranslation("panelManage.noEvidence"));
    }
}
