package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.ConsultationService;
import fr.sensiblecity.drafts.DiscussionEntry;
import fr.sensiblecity.drafts.DraftContent;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.moderation.ModerationPermissions;
import fr.sensiblecity.drafts.DraftDetails;
import fr.sensiblecity.drafts.DraftPermissions;
import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.drafts.DraftService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The public consultation: each section of the published draft with every comment it received, grouped by section
 * (the panel reads them here before its final deliberation), and, while the consultation runs, a box to comment,
 * optionally for an organisation. The comments follow the draft's activity without reloading (new ones, and those
 * moderation hides or restores).
 */
@Route("drafts/:" + DraftSubPage.DRAFT_ID + "/consultation")
@AnonymousAllowed
class ConsultationView extends DraftSubPage {

    private final ConsultationService consultation;
    private final DraftPermissions permissions;
    private final ReportService reports;
    private final ModerationPermissions reporting;

    private final Map<Long, Div> commentLists = new HashMap<>();
    private final Map<Long, H3> commentCounts = new HashMap<>();
    private Map<Long, List<DiscussionEntry>> shownComments = Map.of();
    private boolean signedIn;

    ConsultationView(DraftService drafts, ConsultationService consultation, DraftPermissions permissions,
            ReportService reports, ModerationPermissions reporting, DraftBroadcaster broadcaster) {
        super(drafts, "drafts.consultation.title");
        this.reporting = reporting;
        this.consultation = consultation;
        this.permissions = permissions;
        this.reports = reports;
        broadcaster.keepLive(this, () -> draft == null ? null : draft.id(), this::refreshComments);
    }

    @Override
    void show(DraftDetails shown) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean open = permissions.canCommentConsultation(authentication, shown.id());
        signedIn = reporting.canReport(authentication);
        commentLists.clear();
        commentCounts.clear();
        shownComments = Map.of();
        add(new Paragraph(getTranslation(shown.phase() == DraftPhase.CONSULTATION ? "drafts.consultation.open"
                : shown.phase().published() ? "drafts.consultation.ended" : "drafts.consultation.notYet")));
        for (DraftDetails.SectionText section : shown.sections()) {
            Div block = new Div();
            block.addClassName("sc-section");
            block.setId("consultation-section-" + section.position());
            H3 count = new H3();
            Div received = new Div();
            received.setWidthFull();
            commentCounts.put(section.id(), count);
            commentLists.put(section.id(), received);
            block.add(new H2(section.title()), DraftTexts.plain(section.text()), count, received);
            if (open) {
                block.add(writer(shown.id(), section));
            }
            add(block);
        }
        refreshComments();
    }

    /**
     * Shows each section's comments as they are now: new ones, and hidden or restored ones, appear without reloading;
     * what a person is typing in the comment boxes stays.
     */
    private void refreshComments() {
        if (draft == null) {
            return;
        }
        long draftId = draft.id();
        Map<Long, List<DiscussionEntry>> comments = consultation.commentsBySection(draftId);
        if (comments.equals(shownComments)) {
            return;
        }
        shownComments = comments;
        commentLists.forEach((sectionId, list) -> {
            List<DiscussionEntry> received = comments.getOrDefault(sectionId, List.of());
            commentCounts.get(sectionId).setText(getTranslation("drafts.consultation.comments", received.size()));
            list.removeAll();
            for (DiscussionEntry comment : received) {
                String author = DraftTexts.author(this, comment.authorName());
                Paragraph meta = new Paragraph(comment.organisation() == null
                        ? getTranslation("drafts.comment.meta", author, DraftTexts.date(comment.createdAt()))
                        : getTranslation("drafts.consultation.metaFor", author, comment.organisation(),
                                DraftTexts.date(comment.createdAt())));
                list.add(new CommentItem(comment, "consultation-comment-", meta, signedIn,
                        reason -> reports.report(DraftContent.CONSULTATION_COMMENT, comment.id(), reason),
                        this::refreshComments));
            }
        });
    }

    private VerticalLayout writer(long draftId, DraftDetails.SectionText section) {
        TextField organisation = new TextField(getTranslation("drafts.consultation.organisation"));
        organisation.setMaxLength(160);
        organisation.setId("consultation-organisation-" + section.position());
        TextArea body = new TextArea(getTranslation("drafts.consultation.write", section.title()));
        body.setMaxLength(3000);
        body.setWidthFull();
        body.setId("consultation-body-" + section.position());
        body.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("drafts.comment.send"), click -> {
            try {
                consultation.commentSection(draftId, section.id(), organisation.getValue(), body.getValue());
                Notifications.success(getTranslation("drafts.comment.sent"));
                getUI().ifPresent(ui -> ui.navigate("drafts/" + draftId + "/consultation"));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        send.setId("consultation-send-" + section.position());
        VerticalLayout writer = new VerticalLayout(organisation, body, send);
        writer.setPadding(false);
        return writer;
    }
}
