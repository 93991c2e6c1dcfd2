package fr.sensiblecity.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.CheckedDownload;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.panels.EvidenceItem;
import fr.sensiblecity.panels.EvidenceService;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelPermissions;
import org.springframework.security.core.context.SecurityContextHolder;

/** The panel's evidence library, for everyone; members (and facilitators) may ask for an expert here. */
class EvidenceSection extends VerticalLayout {

    EvidenceSection(EvidenceService evidence, PanelPermissions permissions, PanelDetails panel) {
        setPadding(false);
        setId("evidence");
        add(new H2(getTranslation("panel.evidence.title")));
        UnorderedList list = new UnorderedList();
        for (EvidenceItem item : evidence.library(panel.id())) {
            list.add(new ListItem(link(evidence, item), new Paragraph(getTranslation("panel.evidence.from",
                    getTranslation(item.source().labelKey()), item.sourceName()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("panel.evidence.none")));
        } else {
            add(list);
        }
        if (permissions.canRequestExpert(SecurityContextHolder.getContext().getAuthentication(), panel.id())) {
            TextArea question = new TextArea(getTranslation("panel.expert.question"));
            question.setMaxLength(1000);
            question.setWidthFull();
            question.setId("expert-question");
            question.setRequiredIndicatorVisible(true);
            Button ask = new Button(getTranslation("panel.expert.ask"), click -> {
                try {
                    evidence.requestExpert(panel.id(), question.getValue());
                    question.clear();
                    Notifications.success(getTranslation("panel.expert.sent"));
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            ask.setId("ask-expert");
            add(new H2(getTranslation("panel.expert.title")), question, ask);
        }
    }

    private Anchor link(EvidenceService evidence, EvidenceItem item) {
        if (!item.isDocument()) {
            Anchor anchor = new Anchor(item.url(), item.title());
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            return anchor;
        }
        long evidenceId = item.id();
        CheckedDownload download = new CheckedDownload(() -> evidence.document(evidenceId).map(document ->
                CheckedDownload.StoredFile.attachment(document.fileName(), document.contentType(), document.content())));
        Anchor anchor = new Anchor(download, getTranslation("panel.evidence.document", item.title(),
                item.fileName(), Math.max(1, (item.sizeBytes() == null ? 0 : item.sizeBytes()) / 1024)));
        anchor.setDownload(true);
        return anchor;
    }
}
