package fr.sensiblecity.drafts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.sensiblecity.base.ui.HiddenReasons;
import fr.sensiblecity.base.ui.ReportDialog;
import fr.sensiblecity.drafts.DiscussionEntry;

/**
 * One comment of a draft's discussions as everyone reads it: who and when, then the text, or the public reason of
 * its hiding in its place (moderators still read the text under it), or, to its author, the mark that it awaits
 * moderation; and, for signed-in readers other than its
 * author, a way to report it.
 */
final class CommentItem extends Div {

    CommentItem(DiscussionEntry comment, String idPrefix, Paragraph meta, boolean signedIn,
            ReportDialog.Report report, Runnable afterReport) {
        addClassName("sc-comment");
        setId(idPrefix + comment.id());
        meta.addClassName("sc-meta");
        add(meta);
        if (comment.hidden()) {
            Paragraph notice = new Paragraph(HiddenReasons.commentNotice(this, comment.hiddenReason()));
            notice.addClassName("sc-hidden-notice");
            add(notice);
        }
        if (!comment.body().isEmpty()) {
            add(DraftTexts.plain(comment.body()));
        }
        if (signedIn && !comment.hidden() && !comment.mine()) {
            var open = ReportDialog.button(getTranslation("report.commentTitle"),
                    getTranslation("report.commentOf", DraftTexts.author(this, comment.authorName())), report,
                    afterReport);
            open.setId("report-" + idPrefix + comment.id());
            add(open);
        }
    }
}
