package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.SignedInPerson;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.AmendmentDetails;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.AmendmentState;
import fr.sensiblecity.drafts.Choice;
import fr.sensiblecity.drafts.DraftPermissions;
import fr.sensiblecity.drafts.WordDiff;
import fr.sensiblecity.moderation.ModerationPermissions;
import fr.sensiblecity.moderation.ReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An amendment: the change it proposes, word by word, its rationale, supports, discussion and vote. Supports,
 * comments, turnout and the result appear without reloading; forms being typed are left alone.
 */
@Route("amendments")
@AnonymousAllowed
class AmendmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AmendmentService amendments;
    private final DraftPermissions permissions;
    private final DraftBroadcaster broadcaster;
    private final SignedInPerson person;
    private final Div status = new Div();
    private final Div change = new Div();
    private final AmendmentDiscussion discussion;
    private @Nullable AmendmentDetails amendment;
    private @Nullable Span supports;
    private @Nullable Paragraph turnout;

    private final ModerationPermissions reporting;

    AmendmentView(AmendmentService amendments, DraftPermissions permissions, DraftBroadcaster broadcaster,
            SignedInPerson person, ReportService reports, ModerationPermissions reporting) {
        this.reporting = reporting;
        this.amendments = amendments;
        this.permissions = permissions;
        this.broadcaster = broadcaster;
        this.person = person;
        this.discussion = new AmendmentDiscussion(amendments, reports);
        broadcaster.keepLive(this, () -> amendment == null ? null : amendment.draftId(), this::refresh);
        addClassName("sc-page");
        status.setId("amendment-status");
        status.setWidthFull();
        change.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long amendmentId) {
        removeAll();
        AmendmentDetails shown = amendments.findAmendment(amendmentId);
        amendment = shown;
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        Anchor back = new Anchor("drafts/" + shown.draftId(), getTranslation("drafts.backToDraft"));
        back.setId("back-to-draft");
        add(back, new H1(getTranslation("drafts.amendmentTitle", shown.id(), shown.sectionTitle())),
                new Presence(broadcaster, person, shown.draftId()), status, new H2(getTranslation("drafts.change")), change);
        if (permissions.isAmendmentAuthor(me, amendmentId)) {
            add(new RebaseForm(amendments, shown));
        }
        discussion.bind(shown.id(), permissions.canTakePartInAmendment(me, amendmentId), reporting.canReport(me));
        add(discussion);
        refresh();
    }

    private void refresh() {
        if (amendment == null) {
            return;
        }
        AmendmentDetails shown = amendments.findAmendment(amendment.id());
        AmendmentDetails before = amendment;
        amendment = shown;
        if (sameShape(before, shown) && supports != null && turnout != null) {
            // Only counts moved: update them in place, so a button being clicked is never replaced under the pointer.
            supports.setText(getTranslation("drafts.supports", shown.supportCount()));
            turnout.setText(getTranslation("drafts.turnout", shown.turnout()));
            discussion.refresh();
            return;
        }
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        turnout = null;
        status.removeAll();
        Span state = new Span(getTranslation(shown.state().labelKey()));
        state.addClassName("sc-badge");
        state.setId("amendment-state");
        Paragraph meta = new Paragraph(getTranslation("drafts.amendmentMeta", DraftTexts.author(this, shown.authorName()),
                DraftTexts.date(shown.createdAt()), shown.baseVersion(), shown.currentVersion()));
        meta.addClassName("sc-meta");
        status.add(state, meta);
        if (shown.stale()) {
            Paragraph stale = new Paragraph(getTranslation("drafts.staleNotice"));
            stale.addClassName("sc-notice");
            stale.setId("stale-notice");
            status.add(stale);
        }
        supports = new Span(getTranslation("drafts.supports", shown.supportCount()));
        supports.setId("amendment-supports");
        HorizontalLayout supportRow = new HorizontalLayout(supports);
        supportRow.setAlignItems(Alignment.CENTER);
        boolean takesPart = permissions.canTakePartInAmendment(me, shown.id());
        if (takesPart && !shown.state().decided() && !permissions.isAmendmentAuthor(me, shown.id())) {
            supportRow.add(supportButton(shown));
        }
        status.add(supportRow, votePart(shown, permissions.canVoteOnAmendment(me, shown.id()), permissions.canFacilitate(me)));
        change.removeAll();
        change.add(DraftTexts.legend(this), DraftTexts.diff(this, WordDiff.compare(shown.baseText(), shown.body())),
                new H2(getTranslation("drafts.rationale")), DraftTexts.plain(shown.rationale()));
        discussion.refresh();
    }

    /** Whether the page would show the same controls: only the counts may differ. */
    private static boolean sameShape(AmendmentDetails before, AmendmentDetails after) {
        return before.state() == after.state() && before.stale() == after.stale()
                && before.supportedByMe() == after.supportedByMe() && before.votedByMe() == after.votedByMe()
                && before.baseVersion() == after.baseVersion() && before.body().equals(after.body());
    }

    private Button supportButton(AmendmentDetails shown) {
        Button support = new Button(getTranslation(shown.supportedByMe() ? "drafts.unsupport" : "drafts.support"),
                click -> act(() -> {
                    if (shown.supportedByMe()) {
                        amendments.withdrawSupport(shown.id());
                    } else {
                        amendments.supportAmendment(shown.id());
                    }
                }, shown.supportedByMe() ? "drafts.unsupported" : "drafts.supported"));
        if (!shown.supportedByMe()) {
            support.addThemeVariants(ButtonVariant.PRIMARY);
        }
        support.setId("support-amendment");
        return support;
    }

    private Div votePart(AmendmentDetails shown, boolean votes, boolean facilitates) {
        Div vote = new Div();
        vote.setId("amendment-vote");
        vote.getElement().setAttribute("aria-live", "polite");
        if (shown.tally() != null) {
            Paragraph result = new Paragraph(getTranslation(shown.state() == AmendmentState.ACCEPTED
                    ? "drafts.voteAccepted" : "drafts.voteRejected", DraftTexts.tally(this, shown.tally())));
            result.setId("amendment-result");
            vote.add(result);
        } else if (shown.state() == AmendmentState.VOTING) {
            turnout = new Paragraph(getTranslation("drafts.turnout", shown.turnout()));
            turnout.setId("amendment-turnout");
            vote.add(turnout);
            if (shown.votedByMe()) {
                vote.add(new Paragraph(getTranslation("drafts.votedSecret")));
            } else if (votes) {
                HorizontalLayout choices = new HorizontalLayout();
                for (Choice choice : Choice.values()) {
                    Button button = new Button(getTranslation("drafts.voteAs", getTranslation(choice.labelKey())),
                            click -> act(() -> ReceiptDialog.open(amendments.voteAmendment(shown.id(), choice)),
                                    "drafts.voted"));
                    button.setId("vote-" + choice.name().toLowerCase(java.util.Locale.ROOT));
                    choices.add(button);
                }
                vote.add(new Paragraph(getTranslation("drafts.voteFinal")), choices);
            }
        }
        if (facilitates && shown.state() == AmendmentState.OPEN && !shown.stale()) {
            Button open = new Button(getTranslation("drafts.openVote"),
                    click -> act(() -> amendments.openAmendmentVote(shown.id()), "drafts.voteOpened"));
            open.setId("open-vote");
            vote.add(open);
        }
        if (facilitates && shown.state() == AmendmentState.VOTING) {
            Button close = new Button(getTranslation("drafts.closeVote"),
                    click -> act(() -> amendments.closeAmendmentVote(shown.id()), "drafts.voteClosed"));
            close.setId("close-vote");
            vote.add(close);
        }
        return vote;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            refresh();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return (amendment == null ? getTranslation("drafts.title")
                : getTranslation("drafts.amendmentTitle", amendment.id(), amendment.sectionTitle()))
                + " | " + getTranslation("app.name");
    }
}
