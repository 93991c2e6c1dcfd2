package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.AmendmentDetails;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.AmendmentState;
import fr.sensiblecity.drafts.WordDiff;

/**
 * The author's tools for an open amendment: rewrite it against the section's current version (required once the
 * section moved on), or withdraw it.
 */
class RebaseForm extends Details {

    RebaseForm(AmendmentService amendments, AmendmentDetails amendment) {
        super(amendment.stale() ? getTranslationStatic("drafts.rebase.stale") : getTranslationStatic("drafts.rebase.title"));
        setId("rebase");
        setOpened(amendment.stale());
        setVisible(amendment.state() == AmendmentState.OPEN);
        TextArea text = new TextArea(getTranslation("drafts.proposal.text"), amendment.body(), "");
        text.setWidthFull();
        text.setMaxLength(8000);
        text.setId("rebase-text");
        TextArea rationale = new TextArea(getTranslation("drafts.proposal.rationale"), amendment.rationale(), "");
        text.setRequiredIndicatorVisible(true);
        rationale.setRequiredIndicatorVisible(true);
        rationale.setWidthFull();
        rationale.setMaxLength(3000);
        rationale.setId("rebase-rationale");
        Button save = new Button(getTranslation("drafts.rebase.save"), click -> {
            try {
                amendments.rebaseAmendment(amendment.id(), text.getValue(), rationale.getValue());
                Notifications.success(getTranslation("drafts.rebase.saved"));
                getUI().ifPresent(ui -> ui.navigate("amendments/" + amendment.id()));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        save.setId("rebase-save");
        Button withdraw = new Button(getTranslation("drafts.withdraw"), click -> {
            try {
                amendments.withdrawAmendment(amendment.id());
                Notifications.success(getTranslation("drafts.withdrawn"));
                getUI().ifPresent(ui -> ui.navigate("amendments/" + amendment.id()));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        withdraw.setId("withdraw-amendment");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("drafts.rebase.help")));
        if (amendment.stale()) {
            form.add(new H3(getTranslation("drafts.rebase.since", amendment.baseVersion(), amendment.currentVersion())),
                    DraftTexts.diff(this, WordDiff.compare(amendment.baseText(), amendment.currentText())));
        }
        form.add(text, rationale, save, withdraw);
        form.setPadding(false);
        add(form);
    }

    private static String getTranslationStatic(String key) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
