package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.ProposalDetails;
import fr.sensiblecity.drafts.ProposalState;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/** One member's proposal: its text, authors and supports, what became of it, and the actions the reader may take. */
class ProposalCard extends Div {

    /** What the buttons do; the section runs each through the service and shows the outcome. */
    record Actions(LongConsumer support, LongConsumer withdraw, LongConsumer putToVote,
            BiConsumer<Long, String> decline, LongConsumer withdrawProposal, Edit edit) {
    }

    /** Rewording a proposal: its id, the new title and text. */
    interface Edit {
        void apply(long proposalId, String title, String text);
    }

    ProposalCard(ProposalDetails shown, boolean member, boolean runs, DraftPhase phase, Actions actions) {
        addClassNames("sc-section", "sc-proposal");
        setId("rp-" + shown.id());
        Span state = new Span(getTranslation(shown.state().labelKey()));
        state.addClassName("sc-badge");
        Paragraph meta = new Paragraph(getTranslation("drafts.proposals.by", shown.authorNames().isEmpty()
                ? getTranslation("drafts.formerResident") : String.join(", ", shown.authorNames())));
        meta.addClassName("sc-meta");
        Span supports = new Span(getTranslation("drafts.supports", shown.supportCount()));
        supports.setId("rp-supports-" + shown.id());
        add(new H3(shown.title()), state, DraftTexts.plain(shown.body()), meta, supports);
        boolean open = shown.state() == ProposalState.OPEN;
        if (open && member && !shown.mine() && phase != DraftPhase.CLOSED) {
            Button support = shown.supportedByMe()
                    ? new Button(getTranslation("drafts.proposals.withdrawSupport"), click -> actions.withdraw().accept(shown.id()))
                    : new Button(getTranslation("drafts.support"), click -> actions.support().accept(shown.id()));
            support.setId("rp-support-" + shown.id());
            support.getElement().setAttribute("aria-label", getTranslation(shown.supportedByMe()
                    ? "drafts.proposals.withdrawSupportOf" : "drafts.proposals.supportOf", shown.title()));
            add(new Div(support));
        }
        if (open && shown.mineAlone() && !shown.inPendingMerge() && phase != DraftPhase.CLOSED) {
            addAuthorsActions(shown, actions);
        }
        if (open && shown.inPendingMerge()) {
            add(notice("drafts.proposals.inMerge"));
        }
        switch (shown.state()) {
            case DECLINED -> add(notice("drafts.proposals.declinedBecause", shown.declineReason()));
            case MERGED -> add(notice("drafts.proposals.mergedInto", shown.mergedIntoTitle()));
            case WITHDRAWN -> add(notice("drafts.proposals.withdrawnByAuthor"));
            case VOTED -> {
                Anchor results = new Anchor("drafts/" + shown.draftId() + "/results", getTranslation(
                        "drafts.proposals.becameRecommendation", shown.recommendationPosition()));
                results.setId("rp-recommendation-" + shown.id());
                add(new Paragraph(results));
            }
            case OPEN -> {
            }
        }
        if (open && runs && !shown.inPendingMerge() && phase != DraftPhase.CLOSED) {
            if (phase == DraftPhase.DELIBERATION) {
                Button vote = new Button(getTranslation("drafts.proposals.putToVoteButton"),
                        click -> actions.putToVote().accept(shown.id()));
                vote.setId("rp-vote-" + shown.id());
                vote.getElement().setAttribute("aria-label", getTranslation("drafts.proposals.putToVoteOf", shown.title()));
                add(new Div(vote));
            }
            TextArea reason = new TextArea(getTranslation("drafts.proposals.declineReason"));
            reason.setWidthFull();
            reason.setMaxLength(1000);
            reason.setHelperText(getTranslation("drafts.proposals.declineHelp"));
            reason.setId("rp-decline-reason-" + shown.id());
            Button decline = new Button(getTranslation("drafts.proposals.declineButton"),
                    click -> actions.decline().accept(shown.id(), reason.getValue()));
            decline.setId("rp-decline-" + shown.id());
            VerticalLayout form = new VerticalLayout(reason, decline);
            form.setPadding(false);
            add(new Details(getTranslation("drafts.proposals.decline"), form));
        }
    }

    /**
     * The author rewords the proposal while nobody supports it (afterwards the page says why not), or withdraws it.
     */
    private void addAuthorsActions(ProposalDetails shown, Actions actions) {
        Component reword;
        if (shown.supportCount() == 0) {
            TextField title = new TextField(getTranslation("drafts.proposals.titleLabel"), shown.title(), "");
            title.setWidthFull();
            title.setMaxLength(150);
            title.setHelperText(getTranslation("drafts.proposals.titleHelp"));
            title.setId("rp-edit-title-" + shown.id());
            TextArea text = new TextArea(getTranslation("drafts.proposals.textLabel"), shown.body(), "");
            text.setWidthFull();
            text.setMaxLength(2800);
            text.setHelperText(getTranslation("drafts.proposals.textHelp"));
            text.setId("rp-edit-text-" + shown.id());
            Button save = new Button(getTranslation("drafts.proposals.editSave"),
                    click -> actions.edit().apply(shown.id(), title.getValue(), text.getValue()));
            save.setId("rp-edit-save-" + shown.id());
            VerticalLayout form = new VerticalLayout(title, text, save);
            form.setPadding(false);
            Details details = new Details(getTranslation("drafts.proposals.edit"), form);
            details.setId("rp-edit-" + shown.id());
            reword = details;
        } else {
            reword = notice("drafts.proposals.editLocked");
            reword.setId("rp-edit-locked-" + shown.id());
        }
        Button withdraw = new Button(getTranslation("drafts.proposals.withdraw"),
                click -> actions.withdrawProposal().accept(shown.id()));
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        withdraw.setId("rp-withdraw-" + shown.id());
        withdraw.getElement().setAttribute("aria-label", getTranslation("drafts.proposals.withdrawOf", shown.title()));
        add(reword, new Div(withdraw));
    }

    private Paragraph notice(String key, Object... arguments) {
        Paragraph paragraph = new Paragraph(getTranslation(key, arguments));
        paragraph.addClassName("sc-notice");
        return paragraph;
    }
}
