package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.DraftThresholds;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.panels.PanelService;
import jakarta.annotation.security.RolesAllowed;

/** A facilitator opens a draft, for a panel (its question and authority come along) or as an open process. */
@Route("drafts/new")
@RolesAllowed({"FACILITATOR", "ADMINISTRATOR"})
class NewDraftView extends VerticalLayout implements HasDynamicTitle {

    NewDraftView(DraftService drafts, DraftThresholds settings, PanelService panels) {
        addClassName("sc-page");
        TextField title = new TextField(getTranslation("drafts.new.draftTitle"));
        title.setId("draft-title");
        title.setMaxLength(160);
        title.setWidthFull();
        TextArea question = new TextArea(getTranslation("drafts.new.question"));
        question.setId("draft-question");
        question.setMaxLength(1000);
        question.setWidthFull();
        TextField authority = new TextField(getTranslation("drafts.new.authority"));
        authority.setId("draft-authority");
        title.setRequiredIndicatorVisible(true);
        question.setRequiredIndicatorVisible(true);
        authority.setRequiredIndicatorVisible(true);
        authority.setMaxLength(200);
        authority.setWidthFull();
        Select<PanelDetails> panel = new Select<>();
        panel.setLabel(getTranslation("drafts.new.panel"));
        panel.setHelperText(getTranslation("drafts.new.panelHelp"));
        panel.setId("draft-panel");
        panel.setItems(panels.listPanels(true));
        panel.setItemLabelGenerator(each -> each == null ? getTranslation("drafts.openProcess")
                : getTranslation("drafts.panelNumber", each.id()) + " – " + each.question());
        panel.setEmptySelectionAllowed(true);
        panel.setEmptySelectionCaption(getTranslation("drafts.openProcess"));
        panel.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                question.setValue(change.getValue().question());
                authority.setValue(change.getValue().authority());
            }
        });
        Paragraph rules = new Paragraph(getTranslation("drafts.new.rules",
                DraftTexts.rule(this, settings.amendmentRule()), DraftTexts.rule(this, settings.recommendationRule())));
        rules.addClassName("sc-meta");
        Button open = new Button(getTranslation("drafts.new.open"), click -> {
            try {
                PanelDetails chosen = panel.getValue();
                long id = drafts.openDraft(new DraftForm(title.getValue(), question.getValue(), authority.getValue(),
                        chosen == null ? null : chosen.id()));
                Notifications.success(getTranslation("drafts.new.opened"));
                getUI().ifPresent(ui -> ui.navigate("drafts/" + id + "/setup"));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.setId("open-draft");
        add(new H1(getTranslation("drafts.new.title")), title, question, authority, panel, rules, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.new.title") + " | " + getTranslation("app.name");
    }
}
