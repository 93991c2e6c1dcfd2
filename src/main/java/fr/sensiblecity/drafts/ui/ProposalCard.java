package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.ProposalDetails;
import fr.sensiblecity.drafts.ProposalState;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/** One member's proposal: its text, authors and supports, what became of it, and the actions the reader may take. */
class ProposalCard extends Div {

    /** What the buttons do; the section runs each through the service and shows the outcome. */
    record Actions(LongConsumer support, LongConsumer withdraw, LongConsumer putToVote,
            BiConsumer<Long, String> decline) {
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
        if (open && shown.inPendingMerge()) {
            add(notice("drafts.proposals.inMerge"));
        }
        switch (shown.state()) {
            case DECLINED -> add(notice("drafts.proposals.declinedBecause", shown.declineReason()));
            case MERGED -> add(notice("drafts.proposals.mergedInto", shown.mergedIntoTitle()));
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

    private Paragraph notice(String key, Object... arguments) {
        Paragraph paragraph = new Paragraph(getTranslation(key, arguments));
        paragraph.addClassName("sc-notice");
        return paragraph;
    }
}
