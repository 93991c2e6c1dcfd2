package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.AmendmentDetails;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.DraftDetails;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One section on the draft's page: its current text and version, the form to propose an amendment (kept as typed
 * when the page updates live) and the section's amendments. The form is built when a member opens it: until then
 * an open page holds neither its fields nor a copy of the section's text.
 */
class SectionBlock extends Div {

    private final Paragraph meta = new Paragraph();
    private final Div text = new Div();
    private final UnorderedList amendments = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final TextArea proposal = new TextArea();
    private final Paragraph outdated = new Paragraph();
    private @Nullable VerticalLayout form;
    private String prefilledText = "";
    private int prefilledVersion;

    SectionBlock(DraftDetails.SectionText section, boolean mayAmend, AmendmentService service) {
        addClassName("sc-section");
        setId("section-" + section.position());
        meta.addClassName("sc-meta");
        H3 heading = new H3(getTranslation("drafts.amendments"));
        amendments.addClassName("sc-amendments");
        amendments.setId("amendments-" + section.position());
        none.setText(getTranslation("drafts.noAmendment"));
        add(new H2(section.title()), meta, text);
        if (mayAmend) {
            add(proposalForm(section, service));
        }
        add(heading, none, amendments);
    }

    void show(DraftDetails.SectionText section, List<AmendmentDetails> ofSection) {
        meta.setText(getTranslation("drafts.sectionMeta", section.version(), section.groups().isEmpty()
                ? getTranslation("drafts.allParticipants") : String.join(", ", section.groups())));
        text.removeAll();
        text.add(DraftTexts.plain(section.text()));
        if (form == null) {
            prefilledText = section.text();
            prefilledVersion = section.version();
        } else if (proposal.isEmpty() || proposal.getValue().equals(prefilledText)) {
            // Untouched: follow the section. Being edited: keep the member's words, and the version they started from.
            proposal.setValue(section.text());
            prefilledText = section.text();
            prefilledVersion = section.version();
        }
        outdated.setVisible(prefilledVersion != section.version());
        outdated.setText(getTranslation("drafts.proposal.outdated", prefilledVersion, section.version()));
        amendments.removeAll();
        for (AmendmentDetails amendment : ofSection) {
            Anchor link = new Anchor("amendments/" + amendment.id(), getTranslation("drafts.amendmentBy",
                    DraftTexts.author(this, amendment.authorName()), amendment.id()));
            Span state = new Span(getTranslation(amendment.state().labelKey()));
            state.addClassName("sc-badge");
            ListItem item = new ListItem(link, new Span(" "), state);
            if (amendment.stale()) {
                Span stale = new Span(getTranslation("drafts.staleBadge"));
                stale.addClassNames("sc-badge", "sc-stale");
                item.add(new Span(" "), stale);
            }
            Span counts = new Span(" " + getTranslation("drafts.amendmentCounts", amendment.supportCount(),
                    amendment.commentCount(), amendment.turnout()));
            counts.addClassName("sc-meta");
            item.add(counts);
            item.setId("amendment-item-" + amendment.id());
            amendments.add(item);
        }
        none.setVisible(ofSection.isEmpty());
    }

    private Details proposalForm(DraftDetails.SectionText section, AmendmentService service) {
        Details details = new Details(getTranslation("drafts.proposal.title"));
        details.setId("propose-" + section.position());
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && form == null) {
                details.add(buildForm(section, service));
            }
        });
        return details;
    }

    private VerticalLayout buildForm(DraftDetails.SectionText section, AmendmentService service) {
        proposal.setLabel(getTranslation("drafts.proposal.text"));
        proposal.setWidthFull();
        proposal.setMaxLength(8000);
        proposal.setId("proposal-text-" + section.position());
        proposal.setValue(prefilledText);
        TextArea rationale = new TextArea(getTranslation("drafts.proposal.rationale"));
        rationale.setWidthFull();
        rationale.setMaxLength(3000);
        rationale.setId("proposal-rationale-" + section.position());
        proposal.setRequiredIndicatorVisible(true);
        rationale.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("drafts.proposal.send"), click -> {
            try {
                long id = service.proposeAmendment(section.id(), prefilledVersion, proposal.getValue(),
                        rationale.getValue());
                Notifications.success(getTranslation("drafts.proposal.sent"));
                getUI().ifPresent(ui -> ui.navigate("amendments/" + id));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("proposal-send-" + section.position());
        outdated.addClassName("sc-notice");
        outdated.setId("proposal-outdated-" + section.position());
        outdated.getElement().setAttribute("role", "status");
        outdated.setVisible(false);
        form = new VerticalLayout(outdated, proposal, rationale, send);
        form.setPadding(false);
        return form;
    }
}
