package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.SafeMarkdown;
import fr.sensiblecity.base.ui.HiddenReasons;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.base.ui.ReportDialog;
import fr.sensiblecity.ideas.CommentService;
import fr.sensiblecity.ideas.CommentView;
import fr.sensiblecity.ideas.ContentType;
import fr.sensiblecity.moderation.ReportService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** An idea's discussion: comments with their replies, a box to write, and a way to reply or report. */
class DiscussionSection extends VerticalLayout {

    private final CommentService comments;
    private final ReportService reports;
    private final long ideaId;
    private final boolean signedIn;
    private final VerticalLayout list = new VerticalLayout();

    DiscussionSection(CommentService comments, ReportService reports, long ideaId, boolean signedIn) {
        this.comments = comments;
        this.reports = reports;
        this.ideaId = ideaId;
        this.signedIn = signedIn;
        setPadding(false);
        setId("discussion");
        list.setPadding(false);
        list.setId("comments");
        add(new H2(getTranslation("comments.title")));
        if (signedIn) {
            add(writer(null));
        } else {
            add(new Paragraph(getTranslation("comments.signInToComment")));
        }
        add(list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        for (CommentView comment : comments.discussion(ideaId)) {
            Div item = new Div();
            item.addClassName(comment.parentId() == null ? "sc-comment" : "sc-reply");
            item.setId("comment-" + comment.id());
            String author = comment.authorName() == null ? getTranslation("idea.formerResident") : comment.authorName();
            Paragraph meta = new Paragraph(getTranslation("comments.meta", author, dates.format(comment.createdAt())));
            meta.addClassName("sc-meta");
            item.add(meta);
            if (comment.hidden()) {
                Paragraph notice = new Paragraph(HiddenReasons.commentNotice(this, comment.hiddenReason()));
                notice.addClassName("sc-hidden-notice");
                notice.setId("comment-notice-" + comment.id());
                item.add(notice);
            }
            if (!comment.body().isEmpty()) {
                item.add(UserContent.french(new Html(SafeMarkdown.toHtml(comment.body()))));
            }
            if (signedIn && !comment.hidden()) {
                item.add(actions(comment));
            }
            list.add(item);
        }
    }

    private HorizontalLayout actions(CommentView comment) {
        Button reply = new Button(getTranslation("comments.reply"));
        reply.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        String author = comment.authorName() == null ? getTranslation("idea.formerResident") : comment.authorName();
        Button report = ReportDialog.button(getTranslation("report.commentTitle"),
                getTranslation("report.commentOf", author),
                reason -> reports.report(ContentType.COMMENT, comment.id(), reason), this::refresh);
        report.setId("report-comment-" + comment.id());
        HorizontalLayout actions = new HorizontalLayout(reply, report);
        reply.addClickListener(click -> {
            reply.setEnabled(false);
            actions.getParent().ifPresent(parent -> ((Div) parent).add(writer(comment.id())));
        });
        return actions;
    }

    private VerticalLayout writer(@Nullable Long replyTo) {
        TextArea body = new TextArea(getTranslation(replyTo == null ? "comments.write" : "comments.writeReply"));
        body.setMaxLength(2000);
        body.setWidthFull();
        body.setId(replyTo == null ? "comment-body" : "reply-body-" + replyTo);
        body.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("comments.send"), click -> {
            try {
                comments.postComment(ideaId, replyTo, body.getValue());
                body.clear();
                Notifications.success(getTranslation("comments.sent"));
                refresh();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        send.setId(replyTo == null ? "send-comment" : "send-reply-" + replyTo);
        VerticalLayout writer = new VerticalLayout(body, send);
        writer.setPadding(false);
        return writer;
    }
}
