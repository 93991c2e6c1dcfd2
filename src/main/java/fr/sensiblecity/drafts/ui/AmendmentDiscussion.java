package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.DiscussionEntry;
import fr.sensiblecity.drafts.DraftContent;
import fr.sensiblecity.moderation.ReportService;

/**
 * The participants' discussion of an amendment, each comment reportable by its readers; the box keeps what is
 * being typed while others' comments arrive.
 */
class AmendmentDiscussion extends VerticalLayout {

    private final AmendmentService amendments;
    private final ReportService reports;
    private boolean signedIn;
    private final VerticalLayout list = new VerticalLayout();
    private final TextArea body = new TextArea();
    private final Button send = new Button();
    private long amendmentId;

    AmendmentDiscussion(AmendmentService amendments, ReportService reports) {
        this.amendments = amendments;
        this.reports = reports;
        setPadding(false);
        list.setPadding(false);
        list.setId("amendment-comments");
        body.setLabel(getTranslation("drafts.comment.write"));
        body.setMaxLength(3000);
        body.setWidthFull();
        body.setId("amendment-comment-body");
        body.setRequiredIndicatorVisible(true);
        send.setText(getTranslation("drafts.comment.send"));
        send.setId("send-amendment-comment");
        send.addClickListener(click -> {
            try {
                amendments.commentAmendment(amendmentId, body.getValue());
                body.clear();
                Notifications.success(getTranslation("drafts.comment.sent"));
                refresh();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        add(new H2(getTranslation("drafts.comments")), list, body, send);
    }

    void bind(long amendment, boolean mayComment, boolean mayReport) {
        this.amendmentId = amendment;
        this.signedIn = mayReport;
        body.setVisible(mayComment);
        send.setVisible(mayComment);
    }

    void refresh() {
        list.removeAll();
        for (DiscussionEntry comment : amendments.commentsOn(amendmentId)) {
            Paragraph meta = new Paragraph(getTranslation("drafts.comment.meta", DraftTexts.author(this,
                    comment.authorName()), DraftTexts.date(comment.createdAt())));
            list.add(new CommentItem(comment, "amendment-comment-", meta, signedIn,
                    reason -> reports.report(DraftContent.AMENDMENT_COMMENT, comment.id(), reason), this::refresh));
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("drafts.comment.none")));
        }
    }
}
