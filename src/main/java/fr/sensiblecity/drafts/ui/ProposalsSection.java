package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.MergeDetails;
import fr.sensiblecity.drafts.ProposalDetails;
import fr.sensiblecity.drafts.ProposalFacilitation;
import fr.sensiblecity.drafts.ProposalService;
import fr.sensiblecity.drafts.ProposalState;
import java.util.List;

/**
 * "Members' proposals" on a draft's page: members propose recommendations and support each other's; the authors
 * of proposals the facilitator wants to merge agree or refuse here; the draft's facilitator puts a proposal to the
 * vote, declines it with a reason, or proposes a merge; an author withdraws their proposal or rewords it while
 * nobody supports it yet. The list follows the draft's activity without reloading;
 * what a person is typing in the forms stays.
 */
class ProposalsSection extends Section {

    private final ProposalService proposals;
    private final ProposalFacilitation facilitation;
    private final long draftId;
    private final boolean member;
    private final boolean runs;
    private final Div merges = new Div();
    private final Div list = new Div();
    private final CheckboxGroup<ProposalDetails> toMerge = new CheckboxGroup<>();
    private List<ProposalDetails> shownProposals = List.of();
    private List<MergeDetails> shownMerges = List.of();
    private DraftPhase phase;
    private boolean rendered;

    ProposalsSection(ProposalService proposals, ProposalFacilitation facilitation, long draftId, DraftPhase phase,
            boolean member, boolean runs) {
        this.proposals = proposals;
        this.facilitation = facilitation;
        this.draftId = draftId;
        this.phase = phase;
        this.member = member;
        this.runs = runs;
        setId("proposals");
        addClassName("sc-proposals");
        H2 title = new H2(getTranslation("drafts.proposals.title"));
        title.setId("proposals-title");
        getElement().setAttribute("aria-labelledby", "proposals-title");
        Paragraph help = new Paragraph(getTranslation(member ? "drafts.proposals.helpMember" : "drafts.proposals.help"));
        help.addClassName("sc-meta");
        add(title, help);
        boolean open = phase != DraftPhase.CLOSED;
        if (member && open) {
            add(newProposal());
        }
        merges.setId("proposal-merges");
        merges.setWidthFull();
        list.setId("proposal-list");
        list.setWidthFull();
        add(merges, list);
        if (runs && open) {
            add(mergeForm());
        }
        refresh(phase);
    }

    void refresh(DraftPhase now) {
        List<ProposalDetails> current = proposals.proposalsOf(draftId);
        List<MergeDetails> pending = proposals.pendingMergesOf(draftId);
        if (rendered && current.equals(shownProposals) && pending.equals(shownMerges) && now == phase) {
            return; // nothing moved: keep the cards, and any reason being typed in them
        }
        rendered = true;
        phase = now;
        shownProposals = current;
        shownMerges = pending;
        merges.removeAll();
        pending.forEach(merge -> merges.add(new MergeCard(merge)));
        list.removeAll();
        current.forEach(proposal -> list.add(new ProposalCard(proposal, member, runs, phase, actions())));
        if (current.isEmpty()) {
            list.add(new Paragraph(getTranslation("drafts.proposals.none")));
        }
        toMerge.setItems(current.stream().filter(each -> each.state() == ProposalState.OPEN && !each.inPendingMerge())
                .toList());
    }

    private ProposalCard.Actions actions() {
        return new ProposalCard.Actions(
                id -> act(() -> proposals.supportProposal(id), "drafts.proposals.supported"),
                id -> act(() -> proposals.withdrawProposalSupport(id), "drafts.proposals.supportWithdrawn"),
                id -> act(() -> facilitation.putProposalToVote(id), "drafts.proposals.putToVote"),
                (id, reason) -> act(() -> facilitation.declineProposal(id, reason), "drafts.proposals.declined"),
                id -> act(() -> proposals.withdrawProposal(id), "drafts.proposals.withdrawn"),
                (id, title, text) -> act(() -> proposals.editProposal(id, title, text), "drafts.proposals.edited"));
    }

    private Details newProposal() {
        TextField title = new TextField(getTranslation("drafts.proposals.titleLabel"));
        title.setWidthFull();
        title.setMaxLength(150);
        title.setHelperText(getTranslation("drafts.proposals.titleHelp"));
        title.setId("rp-title");
        TextArea text = new TextArea(getTranslation("drafts.proposals.textLabel"));
        text.setWidthFull();
        text.setMaxLength(2800);
        text.setHelperText(getTranslation("drafts.proposals.textHelp"));
        text.setId("rp-text");
        Button send = new Button(getTranslation("drafts.proposals.send"), click -> {
            if (act(() -> proposals.proposeRecommendation(draftId, title.getValue(), text.getValue()),
                    "drafts.proposals.sent")) {
                title.clear();
                text.clear();
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("rp-send");
        VerticalLayout form = new VerticalLayout(title, text, send);
        form.setPadding(false);
        Details details = new Details(getTranslation("drafts.proposals.new"), form);
        details.setId("rp-new");
        return details;
    }

    private Details mergeForm() {
        toMerge.setLabel(getTranslation("drafts.proposals.mergeWhich"));
        toMerge.setItemLabelGenerator(ProposalDetails::title);
        toMerge.setId("rp-merge-parts");
        TextField title = new TextField(getTranslation("drafts.proposals.mergeTitle"));
        title.setWidthFull();
        title.setMaxLength(150);
        title.setHelperText(getTranslation("drafts.proposals.titleHelp"));
        title.setId("rp-merge-title");
        TextArea text = new TextArea(getTranslation("drafts.proposals.mergeText"));
        text.setWidthFull();
        text.setMaxLength(2800);
        text.setHelperText(getTranslation("drafts.proposals.textHelp"));
        text.setId("rp-merge-text");
        Button send = new Button(getTranslation("drafts.proposals.mergeSend"), click -> {
            if (act(() -> facilitation.proposeMerge(draftId, toMerge.getValue().stream().map(ProposalDetails::id)
                    .toList(), title.getValue(), text.getValue()), "drafts.proposals.mergeSent")) {
                title.clear();
                text.clear();
            }
        });
        send.setId("rp-merge-send");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("drafts.proposals.mergeHelp")), toMerge,
                title, text, send);
        form.setPadding(false);
        Details details = new Details(getTranslation("drafts.proposals.merge"), form);
        details.setId("rp-merge");
        return details;
    }

    /** One pending merge: the facilitator's text, what it joins, and the authors' answers so far. */
    private final class MergeCard extends Div {

        MergeCard(MergeDetails merge) {
            addClassNames("sc-section", "sc-merge");
            setId("rp-merge-" + merge.id());
            add(new com.vaadin.flow.component.html.H3(getTranslation("drafts.proposals.mergeHeading", merge.title())),
                    DraftTexts.plain(merge.body()),
                    new Paragraph(getTranslation("drafts.proposals.mergeJoins", String.join(" ; ", merge.mergedTitles()))),
                    new Paragraph(getTranslation("drafts.proposals.mergeAgreed", merge.agreed(), merge.authors())));
            if (merge.awaitingMe()) {
                Button agree = new Button(getTranslation("drafts.proposals.mergeAgree"),
                        click -> act(() -> proposals.answerMerge(merge.id(), true), "drafts.proposals.mergeAnswered"));
                agree.addThemeVariants(ButtonVariant.PRIMARY);
                agree.setId("rp-merge-agree-" + merge.id());
                Button refuse = new Button(getTranslation("drafts.proposals.mergeRefuse"),
                        click -> act(() -> proposals.answerMerge(merge.id(), false), "drafts.proposals.mergeAnswered"));
                refuse.setId("rp-merge-refuse-" + merge.id());
                add(new Div(agree, refuse));
            }
            if (runs) {
                Button cancel = new Button(getTranslation("drafts.proposals.mergeCancel"),
                        click -> act(() -> facilitation.cancelMerge(merge.id()), "drafts.proposals.mergeCancelled"));
                cancel.setId("rp-merge-cancel-" + merge.id());
                add(cancel);
            }
        }
    }

    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            refresh(phase);
            return true;
        } catch (DomainException refused) {
            Notifications.refused(refused);
            return false;
        }
    }
}
